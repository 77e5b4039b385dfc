"""The lines under a read_back question: the summary of the record so far, with review numbers."""

from __future__ import annotations

from interview.macro_analysis.rules import load_rules
from interview.mapping.answers import Answers, HasAnswers, answers_of
from interview.mapping.build import MappingError, build_record
from interview.mapping.summary import summary_lines
from interview.script.model import Script


def review_numbers(script: Script, answers: Answers | HasAnswers, before: str) -> dict[str, int]:
    """The review number of each answer before the slot `before`, by the record path it fills.

    Numbers follow the review list's rule (answered slots that apply, in interview order, from 1),
    so `edit N` changes the answer a summary line names. List paths carry the item number of their
    repeat group (`medication_trials[1].dose_mg_per_day`); a path filled twice keeps its first number.
    """
    numbers: dict[str, int] = {}
    book = answers_of(answers)
    number = 0
    for slot in book.slots():
        if slot.key == before:
            break
        entry = book.entries.get(slot.key)
        if entry is None or not entry.answered:
            continue
        number += 1
        placement = script.index.placements.get(slot.qid)
        path = placement.question.record if placement is not None else None
        if path is not None:
            numbers.setdefault(path.replace("[]", f"[{slot.item or 0}]", 1), number)
    return numbers


def summary_read_back_lines(script: Script, answers: Answers | HasAnswers, slot_key: str) -> list[str]:
    """The summary shown under a read_back question asked at `slot_key`, from the answers before it.

    If those answers cannot make a record, the line says why; the person can still confirm or not.
    """
    try:
        record = build_record(script, answers, before=slot_key)
    except MappingError as error:
        return [f"  (The summary cannot be put together: {error}.)", "Say 'yes' to go on, or 'no'."]
    labels = {area_id: spec.label for area_id, spec in load_rules().areas.items()}
    return summary_lines(record, review_numbers(script, answers, slot_key), labels)
