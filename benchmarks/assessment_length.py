"""How long the full assessment is: questions asked on each path, and the talking time they take.

Run: python benchmarks/assessment_length.py
Paths: a typical patient answering every question in person (three medication trials, one course of
CBT, PHQ-9 asked, some lifestyle and stress problems, one other medicine), and each vignette's
answers file in transcripts/cases (a clinician reading a chart, who skips what the chart lacks).
Target (issue 4): 30-45 minutes of talking for a typical patient.

The time is an estimate from stated seconds per question kind (SECONDS below): the question read
out, the answer, and the brief clarifying follow-up a semi-structured interview allows. These are
assumptions, not measurements; a flat 15 s and 25 s per question are printed beside them.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from interview.engine import Conversation
from interview.engine.review import reviewable_slots
from interview.engine.slots import Slot
from interview.mapping.read_backs import READ_BACKS
from interview.script import Script, load_script_file
from interview.session.answer_files import read_keyed_answers

ROOT = Path(__file__).parent.parent
SCRIPT = ROOT / "scripts" / "trd_assessment.yaml"
CASES = ROOT / "transcripts" / "cases"
TODAY = datetime.date(2026, 11, 21)

SECONDS: dict[str, int] = {
    "another": 5,  # "was there another one?"
    "yes_no": 10,
    "single_choice": 12,  # PHQ-9 items and short lists are quick; clinician ratings too
    "multiple_choice": 25,
    "rating": 15,
    "integer": 15,
    "number": 15,
    "duration": 15,
    "dose": 15,
    "month_year": 15,
    "text": 30,  # an open question in the person's own words
    "link_review": 60,  # the macro-analysis read back and discussed
    "read_back": 60,  # the closing summary read back and confirmed
}
"""Assumed talking time per question, by kind (seconds)."""

MEDICINES = ["sertraline", "venlafaxine", "mirtazapine"]
DOSES = ["100 mg", "150 mg a day", "30 mg"]

TYPICAL: dict[str, str | Callable[[int], str]] = {
    "consent": "yes",
    "case_label": "typical patient",
    "answerer": "the patient",
    "cssrs_wish_dead": "no",
    "cssrs_thoughts": "no",
    "cssrs_behaviour": "no",
    "episode_duration": "about eight months",
    "severity_scale": "the PHQ-9 now",
    **{f"phq_{i}": "more than half the days" for i in range(1, 9)},
    "phq_9": "not at all",
    "severity_clinician": "moderate",
    "psychotic_features": "no",
    "functional_impairment": "quite a lot",
    "intensified_treatment": "no",
    "mood_improved": "no",
    "had_earlier_episodes": "no",
    "any_medication": "yes",
    "med_drug": lambda item: MEDICINES[item],
    "med_episode": "this episode",
    "med_strategy": "on its own",
    "med_dose": lambda item: DOSES[item],
    "med_weeks": "about two months",
    "med_adherence": "nearly every day",
    "med_kellner": "no change",
    "med_percent": "10%",
    "med_response_clinician": "no response",
    "med_side_effects": lambda item: "nausea, poor sleep" if item == 0 else "none",
    "med_trials:another": lambda item: "yes" if item < len(MEDICINES) - 1 else "no",
    "any_somatic": "no",
    "any_psychotherapy": "yes",
    "therapy_modality": "CBT",
    "therapy_episode": "this episode",
    "therapy_sessions": "10",
    "therapy_weeks": "three months",
    "therapy_homework": "some of it",
    "therapy_alliance": "well",
    "therapy_expectations": "unsure",
    "therapy_ending": "the sessions ran out",
    "therapy_outcome": "some",
    "therapy_kellner": "4",
    "poor_sleep": "yes",
    "inactive": "yes",
    "alcohol_units": "10",
    "stimulants": "three coffees, no pills",
    "work_hours": "40",
    "stressors": "work, money worries",
    "stress_level": "moderate",
    "helplessness": "yes",
    "illness_denial_notes": "skip",
    "irritable_mood_notes": "skip",
    "ipt_areas": "a big change in your life",
    "family": "supportive but worried",
    "anxiety": "anxiety symptoms",
    "personality": "none",
    "psychiatric_other": "none",
    "medical_conditions": "2",
    "other_medicines": "yes",
    "other_med_name": "levothyroxine",
    "other_med_purpose": "thyroid",
    "priorities": "sleep, work stress",
    "treatments_to_avoid": "none",
    "macro_links": "ok",
    "macro_priorities": "3, 9",
    "summary_correct": "yes",
}
"""A typical patient's answers by question id; questions not listed are answered 'yes' or 'no'
(per YES below) or with the first option; `group:another` answers a repeat group's 'another?'."""

YES = {"stress_exceeds_coping", "stress_distress", "helplessness_month", "social_support", "shared_decision"}
YES |= {"therapy_evidence_based", "therapy_trained", "therapy_with_medication", "trials_fit_indications"}
YES |= {"open_to_psychotherapy", "open_to_medication_change"}


def typical_answer(conversation: Conversation, slot: Slot) -> str:
    """What the typical patient (or their clinician, for the interviewer's questions) says."""
    key = f"{slot.group}:another" if slot.is_another else slot.qid
    answer = TYPICAL.get(key)
    if callable(answer):
        return answer(slot.item or 0)
    if answer is not None:
        return answer
    question = conversation.book.question(slot)
    if question is not None and getattr(question, "options", None):
        return "1"
    return "yes" if slot.qid in YES else "no"


def drive(script: Script, answer: Callable[[Conversation, Slot], str | list[str]]) -> Conversation:
    """Run a whole interview, acknowledging any safety alert, and return it finished."""
    conversation, _ = Conversation.start(script, "benchmark", today=lambda: TODAY, read_backs=READ_BACKS)
    for _ in range(2000):
        slot = conversation.current
        if slot is None:
            break
        if conversation.halted:
            conversation.handle("acknowledge")
        elif conversation.deciding:  # after an alert: the case file's interviewer goes on
            conversation.handle("continue")
        else:
            given = answer(conversation, slot)
            for line in [given] if isinstance(given, str) else given:  # a keyed file's note, then the answer
                conversation.handle(line)
    assert conversation.finished, f"the interview stopped at {conversation.current}"
    return conversation


def from_file(path: Path) -> Callable[[Conversation, Slot], list[str]]:
    """An answer source reading a keyed answers file, question by question."""
    answers = read_keyed_answers(path.read_text(encoding="utf-8"), str(path)).answers
    return lambda conversation, slot: answers[slot.key]


def asked_by_kind(conversation: Conversation) -> Counter[str]:
    """The questions asked and answered (skips included; not-applicable ones never asked), by kind."""
    kinds: Counter[str] = Counter()
    for slot in reviewable_slots(conversation.book):
        question = conversation.book.question(slot)
        kinds["another" if question is None else str(getattr(question, "type", "?"))] += 1
    return kinds


def minutes(kinds: Counter[str]) -> float:
    return sum(SECONDS[kind] * count for kind, count in kinds.items()) / 60


def main() -> None:
    script = load_script_file(SCRIPT).script
    paths = [("typical patient, in person", drive(script, typical_answer))]
    for path in sorted(CASES.glob("*.answers.yaml")):
        name = path.name.removesuffix(".answers.yaml")
        paths.append((f"vignette {name} (chart)", drive(script, from_file(path))))
    print(f"{script.title}, version {script.version}: {len(script.index.placements)} questions in the script")
    print(f"{'path':56} {'asked':>5} {'skipped':>7} {'est. min':>8} {'@15s':>5} {'@25s':>5}")
    for name, conversation in paths:
        kinds = asked_by_kind(conversation)
        asked = sum(kinds.values())
        skipped = sum(
            1 for e in conversation.book.entries.values() if e.missing and e.missing.value == "skipped"
        )
        print(
            f"{name:56} {asked:5} {skipped:7} {minutes(kinds):8.1f}",
            f"{asked * 15 / 60:5.1f} {asked * 25 / 60:5.1f}",
        )
    typical = asked_by_kind(paths[0][1])
    print("\nTypical path by kind: " + ", ".join(f"{kind} {count}" for kind, count in typical.most_common()))
    print("Seconds assumed per kind: " + ", ".join(f"{kind} {s}" for kind, s in SECONDS.items()))
    print("Target for a typical patient (issue 4): 30-45 minutes of talking.")


if __name__ == "__main__":
    main()
