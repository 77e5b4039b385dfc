"""Anonymization measurement: recall of planted identifiers by kind, clinical terms kept, and throughput.

Run: python benchmarks/anonymization.py [--answers N] [--seed S]
A synthetic corpus of interview answers (Faker, fixed seed) plants identifiers of every HIPAA Safe Harbor
kind that fits free text, mixed with clinical phrases. Names come from several English-speaking locales
(en_US, en_GB, en_IN, en_AU, en_IE) while the anonymizer's names list holds only en_US and en_GB names, so
the names layer is not scored on its own list alone.
Half the answers are written, half spoken (benchmarks/spoken_corpus.py: identifiers in words, spelled out,
a quarter of them in speech recognition's lower case without punctuation).
Targets (issue 17), on the held-out part: strict recall >= 99% overall and >= 97% for every kind; >= 99% of
clinical terms kept; <= 3% of ordinary words masked; whole-process throughput of `interview anonymize` no
lower than before (about 440 texts/s at 600 texts, startup included).
Recall is strict: every letter and digit of the planted identifier is covered by a detected span.
All three parts (tuned, held-out, blind) have now been seen: the blind part's misses were read and the
rules tuned on their causes (issue 17, branch i17-tune), so every part here is tuning data. No part of
this file is an independent measure any more; a new hand-written corpus, kept from the rules' author,
is (benchmarks/anonymization_handwritten.py, scored by the integrator).
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
from spoken_corpus import (
    BLIND_CLINICAL_TEMPLATES,
    BLIND_SPOKEN_TEMPLATES,
    BLIND_WRITTEN_TEMPLATES,
    HELD_OUT_SPOKEN_TEMPLATES,
    SCORED_AS,
    SPOKEN_TEMPLATES,
    BlindMakers,
    SpokenMakers,
    asr,
)

from interview.export import Anonymizer

CLINICAL = {"DRUG", "DOSE", "THERAPY", "SCALE", "DURATION"}
OVERALL, PER_KIND, CLINICAL_KEPT, OTHER_MASKED, PROCESS_TEXTS = 0.99, 0.97, 0.99, 0.03, 600
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
    register: str = "written"
    """written, spoken (identifiers in words) or asr (spoken, lower case and unpunctuated)."""

    def add(self, piece: str, kind: str = "") -> None:
        if self.register == "asr":
            piece = asr(piece)
        if kind:
            self.spans.append((len(self.text), len(self.text) + len(piece), kind))
        self.text += piece


class Corpus:
    """Answers built from templates; each template is a list of literal text and (kind, maker) slots."""

    def __init__(self, seed: int, held_out: bool = False, blind: bool = False) -> None:
        self.spoken = BlindMakers(seed) if blind else SpokenMakers(seed, held_out)
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
        spoken = self.spoken.maker(kind)
        if kind not in makers and spoken is not None:  # a spoken-corpus kind written (the blind part's towns)
            return spoken()
        return makers[kind]()

    def answer(self, template: list[str], register: str = "written") -> Answer:
        answer = Answer(register=register)
        for piece in template:
            if piece.startswith("{") and piece.endswith("}"):
                kind = piece[1:-1]
                spoken = self.spoken.maker(kind) if register != "written" else None
                if spoken is not None:
                    answer.add(spoken(), SCORED_AS[kind])
                    continue
                scored = {"FIRST": "NAME", "LAST": "NAME", "LOWER_NAME": "NAME", "STREET": "ADDRESS"}
                scored |= {"CITY": "ADDRESS", "ZIP": "ADDRESS", "FAX": "PHONE"}
                scored = SCORED_AS | scored
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
# Written after the rules were tuned on the templates above; its misses have since been read and tuned on.
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


SPOKEN = [_t(s) for s in SPOKEN_TEMPLATES]
HELD_OUT_SPOKEN = [_t(s) for s in HELD_OUT_SPOKEN_TEMPLATES]
# The blind part (benchmarks/spoken_corpus.py): written after the anonymizer; read and tuned on since.
BLIND_WRITTEN = [_t(s) for s in BLIND_WRITTEN_TEMPLATES]
BLIND_CLINICAL = [_t(s) for s in BLIND_CLINICAL_TEMPLATES]
BLIND_SPOKEN = [_t(s) for s in BLIND_SPOKEN_TEMPLATES]
BLIND_LABEL = "blind part (written after the anonymizer; now seen and tuned on)"


def make_corpus(size: int, seed: int, held_out: bool = False, blind: bool = False) -> list[Answer]:
    """`size` answers: half written (about three in four with identifiers, the rest clinical only), half
    spoken, a quarter of the spoken ones in speech recognition's form; `blind`: the blind held-out part."""
    corpus = Corpus(seed, held_out, blind)
    written = (HELD_OUT_TEMPLATES if held_out else PHI_TEMPLATES) * 2 + CLINICAL_TEMPLATES
    spoken = HELD_OUT_SPOKEN if held_out else SPOKEN
    if blind:
        written, spoken = BLIND_WRITTEN * 2 + BLIND_CLINICAL * 2, BLIND_SPOKEN
    answers = []
    for i in range(size):
        if i % 2 == 0:
            answers.append(corpus.answer(written[i // 2 % len(written)]))
        else:
            register = "asr" if i % 8 == 1 else "spoken"
            answers.append(corpus.answer(spoken[i // 2 % len(spoken)], register))
    return answers


@dataclass
class Scores:
    """Planted and found counts by kind and by register; clinical kinds count terms kept."""

    planted: Counter[str] = field(default_factory=Counter)
    hit: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def count(self, key: str, ok: bool) -> None:
        self.planted[key] += 1
        self.hit[key] += ok


def score(answers: list[Answer]) -> Scores:
    """Strict recall of planted identifiers, clinical terms kept, and ordinary words masked.

    OTHER counts the remaining words (neither planted identifier nor clinical term) and how many of them
    were masked anyway: the price in readability of a safe-list that masks what it does not know.
    """
    anonymizer = Anonymizer()
    scores = Scores()
    for answer in answers:
        spans = anonymizer.spans(answer.text)
        covered = {i for s in spans for i in range(s.start, s.end)}
        for start, end, kind in answer.spans:
            chars = {i for i in range(start, end) if answer.text[i].isalnum()}
            # an identifier is found when all its letters and digits are covered; a clinical term is kept
            # when none of its characters is
            ok = not set(range(start, end)) & covered if kind in CLINICAL else chars <= covered
            scores.count(kind, ok)
            if kind not in CLINICAL:
                scores.count(f"register:{answer.register}", ok)
            if not ok:
                scores.misses.append(
                    f"{kind}: {answer.text[start:end]!r} in {anonymizer.anonymize(answer.text)!r}"
                )
        planted_chars = {i for start, end, _ in answer.spans for i in range(start, end)}
        for word in re.finditer(r"[^\W\d_]+", answer.text):
            if not planted_chars & set(range(word.start(), word.end())):
                masked = bool(covered & set(range(word.start(), word.end())))
                scores.count("OTHER", masked)
                if masked and len(scores.misses) < 400:
                    scores.misses.append(f"OTHER: {word.group()!r} in {anonymizer.anonymize(answer.text)!r}")
    return scores


def throughput(answers: list[Answer]) -> tuple[float, float, bool]:
    """Texts/s of `interview anonymize` over the corpus as JSON Lines (whole process), and its startup."""
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
    parser.add_argument("--misses", type=int, default=12, help="how many misses to show per part")
    parser.add_argument(
        "--show-held-out-misses",
        action="store_true",
        help="also print the held-out part's misses (they have been read: the part is tuning data now)",
    )
    parser.add_argument(
        "--show-blind-misses",
        action="store_true",
        help="also print the blind part's misses (they have been read: the part is tuning data now)",
    )
    args = parser.parse_args()
    tuned = score(make_corpus(args.answers, args.seed))
    held_out = score(make_corpus(args.answers, args.seed + 1, True))
    blind = score(make_corpus(args.answers, args.seed + 2, blind=True))
    print(f"{args.answers} answers per part (half written, half spoken); seeds {args.seed}, {args.seed + 1}")
    report(tuned, held_out)
    print(f"\n{BLIND_LABEL}, seed {args.seed + 2}:")
    report(held_out, blind, ("held-out", "blind"))
    shown_parts = [("tuned", tuned)] + ([("held-out", held_out)] if args.show_held_out_misses else [])
    shown_parts += [("blind", blind)] if args.show_blind_misses else []
    for title, scores in shown_parts:
        shown = [m for m in scores.misses if not m.startswith("OTHER")][: args.misses]
        shown += [m for m in scores.misses if m.startswith("OTHER")][: args.misses]
        if shown:
            print(f"\nsome misses and over-masked words, {title}:")
            for miss in shown:
                print("  " + miss)
    hostile()
    if args.no_process:
        return
    answers = make_corpus(PROCESS_TEXTS, args.seed)
    start = time.perf_counter()
    anonymizer = Anonymizer()
    for answer in answers:
        anonymizer.anonymize(answer.text)
    rate_in_process = len(answers) / (time.perf_counter() - start)
    print(f"\nin process: {rate_in_process:.0f} texts/s (the word data already loaded)")
    rate, startup, same = throughput(answers)
    print(f"whole process: {rate:.0f} texts/s through `interview anonymize` at {PROCESS_TEXTS} texts")
    print(f"  (median of 3; startup alone {startup * 1000:.0f} ms); target: no lower than about 440")
    print(f"  subprocess output equals the in-process anonymizer: {same}")


HOSTILE = {
    "'1.1.1...'": "1." * 8000,
    "'1.' * 4000": "1." * 4000,
    "'a.a.a...'": "a." * 8000,
    "'a1a1...'": "a1" * 8000,
    "'a-a-...'": "a-" * 8000,
    "'word ' * 3200": "word " * 3200,
    "'1 1 1...'": "1 " * 8000,
    "'oh ' * 5000": "oh " * 5000,
}
"""Inputs that made the anonymizer quadratic before issue 17 (16,000 characters of '1.1.1...': 51 s)."""
HOSTILE_LIMIT = 2.0
"""Seconds one hostile text may take: a loose bound on a loaded machine, far from the quadratic 51 s."""


def hostile() -> None:
    """Seconds for each long hostile input: time linear in the text keeps each near a plain text's."""
    anonymizer = Anonymizer()
    print("\nlong hostile inputs (seconds, in process; must stay linear in the text):")
    for label, text in HOSTILE.items():
        start = time.perf_counter()
        anonymizer.anonymize(text)
        seconds = time.perf_counter() - start
        verdict = "met" if seconds <= HOSTILE_LIMIT else "MISSED"
        print(f"  {label:16} {len(text):>6} chars {seconds:6.2f} s  <= {HOSTILE_LIMIT:.0f} s: {verdict}")


def report(tuned: Scores, held_out: Scores, titles: tuple[str, str] = ("tuned", "held-out")) -> None:
    """Recall by kind and by register, clinical terms kept and ordinary words masked, tuned beside held-out
    (or the parts `titles` names); the verdicts are on the second part."""
    print(f"\n{'':22} {titles[0]:>18} {titles[1]:>18}  target ({titles[1]})")
    kinds = sorted({k for s in (tuned, held_out) for k in s.planted if ":" not in k} - CLINICAL - {"OTHER"})
    for kind in kinds:
        print(_row(kind, tuned, held_out, [kind], PER_KIND))
    print(_row("overall", tuned, held_out, kinds, OVERALL))
    for register in ("written", "spoken", "asr"):
        print(_row(f"  {register}", tuned, held_out, [f"register:{register}"], None))
    print()
    for kind in sorted(CLINICAL):
        print(_row(f"kept {kind}", tuned, held_out, [kind], None))
    print(_row("clinical terms kept", tuned, held_out, sorted(CLINICAL), CLINICAL_KEPT))
    print(_row("ordinary words masked", tuned, held_out, ["OTHER"], OTHER_MASKED, at_most=True))


def _row(
    label: str, tuned: Scores, held_out: Scores, keys: list[str], target: float | None, at_most: bool = False
) -> str:
    cells = []
    shares = []
    for scores in (tuned, held_out):
        hit = sum(scores.hit[k] for k in keys)
        total = sum(scores.planted[k] for k in keys)
        share = hit / total if total else 1.0
        shares.append(share)
        cells.append(f"{share:6.1%} {f'({hit}/{total})':>11}" if total else f"{'-':>18}")
    verdict = ""
    if target is not None:
        met = shares[1] <= target if at_most else shares[1] >= target
        verdict = f"  {'<=' if at_most else '>='} {target:.0%}: " + ("met" if met else "MISSED")
    return f"{label:22} {cells[0]:>18} {cells[1]:>18}{verdict}"


if __name__ == "__main__":
    main()
    sys.exit(0)
