"""The script's safety block seen from the engine: the screener's slots, its answers, its triggers."""

from __future__ import annotations

from interview.engine.answers import AnswerBook
from interview.engine.prompts import question_line
from interview.engine.slots import Slot
from interview.record.missing import Missing, MissingReason
from interview.record.safety import SafetyScreen
from interview.record.values import YesNo
from interview.script.conditions import referenced_questions
from interview.script.model import Script
from interview.script.safety import SCREENER_FIELDS


class Screener:
    """Where the C-SSRS screener is in a script, and what its answers and triggers say now."""

    def __init__(self, script: Script) -> None:
        self.block = script.safety
        section = next((s for s in script.sections if self.block and s.id == self.block.screener), None)
        self.questions = list(section.questions) if section is not None else []
        self.ids = frozenset(q.id for q in self.questions)

    @property
    def present(self) -> bool:
        """Whether the script has a (valid) screener."""
        return bool(self.questions)

    @property
    def watches_cues(self) -> bool:
        """Whether typed text is scanned for risk phrases."""
        return self.present and self.block is not None and self.block.risk_cues

    def holds(self, slot: Slot) -> bool:
        """Whether the slot is one of the screener's questions."""
        return slot.group is None and slot.qid in self.ids

    def slots(self) -> list[Slot]:
        """The screener's questions, in order."""
        return [Slot(q.id) for q in self.questions]

    def next_unanswered(self, book: AnswerBook) -> Slot | None:
        """The first screener question that applies and has no answer yet."""
        return next((s for s in self.slots() if book.applies(s) and not book.answered(s)), None)

    def complete(self, book: AnswerBook) -> bool:
        """Whether every applicable screener question has an answer."""
        return self.present and self.next_unanswered(book) is None

    def screen(self, book: AnswerBook) -> SafetyScreen:
        """The answers as the record's SafetyScreen, read through each question's `record:` path."""
        values: dict[str, YesNo | Missing] = {}
        for question in self.questions:
            path = question.record or ""
            if path in SCREENER_FIELDS:
                values[path.removeprefix("safety.")] = _value(book, Slot(question.id))
        return SafetyScreen.model_validate(values)

    def holding_triggers(self, book: AnswerBook) -> frozenset[int]:
        """The indexes of the trigger conditions that hold now."""
        if self.block is None or not self.present:
            return frozenset()
        return frozenset(i for i, t in enumerate(self.block.triggers) if book.holds(t, Slot("")))

    def trigger_reason(self, book: AnswerBook, index: int) -> str:
        """A trigger in words, with the questions and answers it read, never their ids:
        "safety trigger 1 (the question 'Over the last two weeks, ...': Several days)"."""
        assert self.block is not None  # only asked for a trigger that fired
        read = [
            f"the question '{question_line(book, Slot(qid), width=70)}': {entry.shown}"
            for qid in dict.fromkeys(referenced_questions(self.block.triggers[index]))
            if (entry := book.entries.get(Slot(qid).key)) is not None and entry.answered
        ]
        return f"safety trigger {index + 1}" + (f" ({'; '.join(read)})" if read else "")


def _value(book: AnswerBook, slot: Slot) -> YesNo | Missing:
    entry = book.entries.get(slot.key)
    if not book.applies(slot):
        return Missing(missing=MissingReason.NOT_APPLICABLE)
    if entry is None or not entry.answered:
        return Missing(missing=MissingReason.SKIPPED)
    if entry.missing is not None:
        return Missing(missing=entry.missing)
    return YesNo.YES if entry.value is True else YesNo.NO
