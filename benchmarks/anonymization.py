"""Anonymization measurement: recall of planted identifiers by kind, clinical terms kept, and throughput.

Run: python benchmarks/anonymization.py [--answers N] [--seed S]
A synthetic corpus of interview answers (Faker, fixed seed) plants identifiers of every HIPAA Safe Harbor
kind that fits free text, mixed with clinical phrases. Names come from several English-speaking locales
(en_US, en_GB, en_IN, en_AU, en_IE) while the anonymizer's names list holds only en_US and en_GB names, so
the names layer is not scored on its own list alone.
Targets (issue 7): recall >= 99% overall and for names, dates, phones, emails and addresses; >= 98% of
clinical terms kept; >= 200 answers/s through `interview anonymize` as a whole process (startup included).
Recall is strict: every letter and digit of the planted identifier is covered by a detected span.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from faker import Faker

from interview.export import Anonymizer

CLINICAL = {"DRUG", "DOSE", "THERAPY", "SCALE", "DURATION"}
TARGETS = {"overall": 0.99, "NAME": 0.99, "DATE": 0.99, "PHONE": 0.99, "EMAIL": 0.99, "ADDRESS": 0.99}
DRUGS = ["sertraline", "escitalopram", "venlafaxine", "Zoloft", "bupropion", "mirtazapine", "lithium"]
DRUGS += ["Lexapro", "duloxetine", "quetiapine", "aripiprazole", "nortriptyline", "Wellbutrin", "fluoxetine"]
THERAPIES = [
    "CBT",
    "DBT",
    "IPT",
    "EMDR",
    "ECT",
    "TMS",
    "behavioural activation",
    "MBCT",
    "psychodynamic therapy",
]
SCALES = ["PHQ-9 of {n}", "BDI-II {n}", "HAM-D 17 score {n}", "MADRS {n}", "GAD-7 of {n}", "QIDS-SR {n}"]
HOSPITAL_KINDS = ["Hospital", "Medical Center", "Psychiatric Center", "Clinic", "Behavioral Health"]


@dataclass
class Answer:
    """One synthetic answer with its planted spans: (start, end, kind)."""

    text: str = ""
    spans: list[tuple[int, int, str]] = field(default_factory=list)

    def add(self, piece: str, kind: str = "") -> None:
        if kind:
            self.spans.append((len(self.text), len(self.text) + len(piece), kind))
        self.text += piece


class Corpus:
    """Answers built from templates; each template is a list of literal text and (kind, maker) slots."""

    def __init__(self, seed: int) -> None:
        self.fake = Faker("en_US")
        self.fake.seed_instance(seed)
        self.names = Faker(["en_US", "en_GB", "en_IN", "en_AU", "en_IE"])
        self.names.seed_instance(seed)
        self.random = random.Random(seed)

    def date(self) -> str:
        day = self.fake.date_between(start_date="-40y", end_date="today")
        formats = ["%B %d, %Y", "%d %B %Y", "%m/%d/%Y", "%Y-%m-%d", "%B %Y", "%b %d", "%d/%m/%Y", "%B %-dth"]
        return day.strftime(self.random.choice(formats))

    def address(self) -> str:
        return self.fake.address().replace("\n", ", ")

    def mrn(self) -> str:
        return self.random.choice(["MRN-", "A", "", "PT"]) + self.fake.numerify("#######")

    def name_lower(self) -> str:
        return self.names.first_name().lower()

    def slot(self, kind: str) -> str:
        r, f, n = self.random, self.fake, self.names
        makers: dict[str, Callable[[], str]] = {
            "NAME": lambda: f"{n.first_name()} {n.last_name()}",
            "FIRST": n.first_name,
            "LAST": n.last_name,
            "LOWER_NAME": self.name_lower,
            "DATE": self.date,
            "PHONE": f.phone_number,
            "FAX": f.phone_number,
            "EMAIL": f.email,
            "ADDRESS": self.address,
            "STREET": f.street_address,
            "CITY": f.city,
            "ZIP": f.zipcode,
            "HOSPITAL": lambda: f"{n.last_name()} {r.choice(HOSPITAL_KINDS)}",
            "AGE": lambda: str(r.randint(90, 104)),
            "SSN": f.ssn,
            "MRN": self.mrn,
            "ACCOUNT": f.bban,
            "LICENCE": f.license_plate,
            "VIN": f.vin,
            "URL": f.url,
            "IP": lambda: r.choice([f.ipv4(), f.ipv6()]),
            "DEVICE": lambda: f.bothify("SN-????-#####").upper(),
            "DRUG": lambda: r.choice(DRUGS),
            "DOSE": lambda: f"{r.choice([10, 20, 37.5, 50, 75, 100, 150, 225, 300, 450])} mg",
            "THERAPY": lambda: r.choice(THERAPIES),
            "SCALE": lambda: r.choice(SCALES).format(n=r.randint(3, 27)),
            "DURATION": lambda: f"{r.randint(2, 16)} {r.choice(['weeks', 'months'])}",
        }
        return makers[kind]()

    def answer(self, template: list[str]) -> Answer:
        answer = Answer()
        for piece in template:
            if piece.startswith("{") and piece.endswith("}"):
                kind = piece[1:-1]
                scored = {"FIRST": "NAME", "LAST": "NAME", "LOWER_NAME": "NAME", "STREET": "ADDRESS"}
                scored |= {"CITY": "ADDRESS", "ZIP": "ADDRESS", "FAX": "PHONE"}
                answer.add(self.slot(kind), scored.get(kind, kind))
            else:
                answer.add(piece)
        return answer


def _t(template: str) -> list[str]:
    """Split 'My wife {NAME} left' into literal pieces and slots."""
    return [p for p in re.split(r"(\{[A-Z_]+\})", template) if p]


PHI_TEMPLATES = [
    _t(s)
    for s in [
        "My husband {NAME} left in {DATE}.",
        "{FIRST} has been very supportive since {DATE}, more than anyone.",
        "You can call me at {PHONE} any time after five.",
        "Please email {EMAIL} if you need to reach me.",
        "I live at {ADDRESS}.",
        "We moved to {STREET} in {CITY} last year, zip {ZIP}.",
        "I was admitted to {HOSPITAL} after the overdose on {DATE}.",
        "My grandmother is {AGE} years old and she still lives alone.",
        "My record number at the clinic is {MRN}.",
        "Dr. {LAST} at {HOSPITAL} started me on {DRUG} {DOSE} for {DURATION}.",
        "On {DATE} I started {THERAPY}; my {SCALE} at intake.",
        "my brother {LOWER_NAME} calls me every day, he is the only one.",
        "I moved to {CITY} with {NAME} on {DATE}.",
        "The number on my chart was {MRN}, and the fax at my GP is {FAX}.",
        "My father died at {AGE}, and I still think about him.",
        "My daughter {FIRST} set up my email, it is {EMAIL}.",
        "Write to {EMAIL} or ring {PHONE} on weekdays.",
        "My social security number is {SSN} if the insurance needs it.",
        "The pharmacy bills account {ACCOUNT} every month.",
        "They took my licence plate {LICENCE} at the car park, my car is {VIN}.",
        "I read about it on {URL} and my laptop's address was {IP}.",
        "The pump I wear has serial {DEVICE}.",
        "{NAME} and I split up, so I stayed with {FIRST} {LAST} near {CITY}.",
    ]
]
# Written after the rules were tuned on the templates above and never tuned on: a check on overfitting.
HELD_OUT_TEMPLATES = [
    _t(s)
    for s in [
        "Honestly {FIRST} was the reason I kept going, until {DATE}.",
        "{NAME} from work drove me to {HOSPITAL} that night.",
        "I grew up in {CITY} and my mum still lives at {STREET}.",
        "The crisis team rang me on {PHONE} and then emailed {EMAIL} the plan.",
        "My sister {LOWER_NAME} and her husband {LOWER_NAME} took the kids for a while.",
        "Since {DATE} I've been on {DRUG} {DOSE}; before that {DRUG} for {DURATION}.",
        "My neighbour, Mrs {LAST}, is {AGE} and checks on me.",
        "Send the letter to {ADDRESS}, attention {NAME}.",
        "My NHS-style patient number is {MRN} and my GP's fax {FAX}.",
        "Last {DATE} my {SCALE}, and the psychiatrist suggested {THERAPY}.",
    ]
]
CLINICAL_TEMPLATES = [
    _t(s)
    for s in [
        "I have been on {DRUG} {DOSE} for {DURATION} and the sleep is better.",
        "They switched me from {DRUG} to {DRUG} because of side effects.",
        "I finished {THERAPY} last spring, twelve sessions.",
        "My {SCALE} last time, so it is still moderate.",
        "I take {DRUG} {DOSE} at night.",
        "I did {THERAPY} for {DURATION} and it helped with the panic attacks.",
    ]
]


def make_corpus(size: int, seed: int, held_out: bool = False) -> list[Answer]:
    """`size` answers, about three in four with identifiers, the rest clinical only."""
    corpus = Corpus(seed)
    templates = (HELD_OUT_TEMPLATES if held_out else PHI_TEMPLATES) * 2 + CLINICAL_TEMPLATES
    return [corpus.answer(templates[i % len(templates)]) for i in range(size)]


def score(answers: list[Answer]) -> tuple[Counter[str], Counter[str], list[str]]:
    """Planted and found counts by kind (clinical: kept), with examples of misses.

    OTHER counts the remaining words (neither planted identifier nor clinical term) and how many of them
    were masked anyway: the price in readability of a safe-list that masks what it does not know.
    """
    anonymizer = Anonymizer()
    planted: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    misses: list[str] = []
    for answer in answers:
        spans = anonymizer.spans(answer.text)
        covered = {i for s in spans for i in range(s.start, s.end)}
        for start, end, kind in answer.spans:
            planted[kind] += 1
            chars = {i for i in range(start, end) if answer.text[i].isalnum()}
            # an identifier is found when all its letters and digits are covered; a clinical term is kept
            # when none of its characters is
            ok = not set(range(start, end)) & covered if kind in CLINICAL else chars <= covered
            hit[kind] += ok
            if not ok and len(misses) < 25:
                misses.append(f"{kind}: {answer.text[start:end]!r} in {anonymizer.anonymize(answer.text)!r}")
        planted_chars = {i for start, end, _ in answer.spans for i in range(start, end)}
        for word in re.finditer(r"[^\W\d_]+", answer.text):
            if not planted_chars & set(range(word.start(), word.end())):
                planted["OTHER"] += 1
                hit["OTHER"] += bool(covered & set(range(word.start(), word.end())))
    return planted, hit, misses


def throughput(answers: list[Answer]) -> tuple[float, float, bool]:
    """Answers/s of `interview anonymize` over the corpus as JSON Lines (whole process), and its startup."""
    lines = "".join(json.dumps({"text": a.text}) + "\n" for a in answers)
    command = [sys.executable, "-m", "interview", "anonymize", "--input", "jsonl"]
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        done = subprocess.run(command, input=lines, capture_output=True, text=True, check=True)
        runs.append(time.perf_counter() - start)
    empty = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run(command, input="", capture_output=True, text=True, check=True)
        empty.append(time.perf_counter() - start)
    anonymizer = Anonymizer()
    out = [json.loads(line)["text"] for line in done.stdout.splitlines()]
    same = out == [anonymizer.anonymize(a.text) for a in answers]
    return len(answers) / sorted(runs)[1], sorted(empty)[1], same


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument("--no-process", action="store_true", help="skip the whole-process throughput")
    args = parser.parse_args()
    answers = make_corpus(args.answers, args.seed)
    report("templates the rules were tuned on", answers, args.seed)
    report(
        "held-out templates (never tuned on)", make_corpus(args.answers, args.seed + 1, True), args.seed + 1
    )
    if args.no_process:
        return
    start = time.perf_counter()
    anonymizer = Anonymizer()
    for answer in answers:
        anonymizer.anonymize(answer.text)
    rate_in_process = len(answers) / (time.perf_counter() - start)
    print(f"in process: {rate_in_process:.0f} answers/s (the word data already loaded)")
    rate, startup, same = throughput(answers)
    verdict = "met" if rate >= 200 else "MISSED"
    print(f"\nthroughput: {rate:.0f} answers/s through `interview anonymize` (whole process, median of 3;")
    print(f"  startup alone {startup * 1000:.0f} ms)  target >= 200: {verdict}")
    print(f"  subprocess output equals the in-process anonymizer: {same}")


def report(title: str, answers: list[Answer], seed: int) -> None:
    """Recall by kind and clinical terms kept, with the verdict on each target."""
    planted, hit, misses = score(answers)
    print(f"== {title}: {len(answers)} answers, seed {seed}\n")
    print(f"{'kind':10} {'found':>11} {'recall':>8}  target")
    identifiers = sorted(k for k in planted if k not in CLINICAL and k != "OTHER")
    for kind in identifiers:
        print(_row(kind, hit[kind], planted[kind], TARGETS.get(kind)))
    total_hit = sum(hit[k] for k in identifiers)
    total = sum(planted[k] for k in identifiers)
    print(_row("overall", total_hit, total, TARGETS["overall"]))
    print(f"\n{'clinical':10} {'kept':>11} {'share':>8}  target")
    for kind in sorted(CLINICAL):
        print(_row(kind, hit[kind], planted[kind], None))
    kept = sum(hit[k] for k in CLINICAL)
    print(_row("all", kept, sum(planted[k] for k in CLINICAL), 0.98))
    other = hit["OTHER"] / planted["OTHER"]
    print(f"\nother words masked anyway: {hit['OTHER']}/{planted['OTHER']} ({other:.1%})")
    if misses:
        print("\nsome misses:")
        for miss in misses[:12]:
            print("  " + miss)
    print()


def _row(kind: str, hit: int, total: int, target: float | None) -> str:
    share = hit / total if total else 1.0
    verdict = "" if target is None else f"  >= {target:.0%}: " + ("met" if share >= target else "MISSED")
    return f"{kind:10} {hit:>5}/{total:<5} {share:>8.1%}{verdict}"


if __name__ == "__main__":
    main()
    sys.exit(0)
