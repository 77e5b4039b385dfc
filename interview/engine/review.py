"""The review list: every answer in interview order, numbered for `edit N`, and what was set aside."""

from __future__ import annotations

from interview.engine.answers import AnswerBook, Entry
from interview.engine.prompts import item_heading, question_line
from interview.engine.slots import Slot
from interview.script.questions import Repeat


def reviewable_slots(book: AnswerBook) -> list[Slot]:
    """Answered slots that apply now, in interview order; their positions are the review numbers."""
    return [slot for slot in book.slots() if book.answered(slot)]


def set_aside_keys(book: AnswerBook) -> list[str]:
    """Answers kept in the log whose question no longer applies (after an earlier answer changed)."""
    current = {slot.key for slot in book.slots()}
    return [key for key, entry in book.entries.items() if entry.answered and key not in current]


def describe(entry: Entry) -> str:
    """An answer as the review shows it."""
    text = entry.shown
    notes = "".join(f"\n      note: {note}" for note in entry.notes)
    return text + notes


def review_lines(book: AnswerBook) -> list[str]:
    """Numbered lines grouped by section, then the set-aside answers."""
    lines: list[str] = []
    section_id = ""
    for number, slot in enumerate(reviewable_slots(book), start=1):
        placement = book.index.placements[slot.group or slot.qid]
        if placement.section.id != section_id:
            section_id = placement.section.id
            lines.append(f"{placement.section.title}")
        lines.append(f"  {number}. {_label(book, slot)}: {describe(book.entries[slot.key])}")
    aside = set_aside_keys(book)
    if aside:
        lines.append("Set aside (no longer apply; kept in the log, not in the record):")
        lines += [f"  - {key}: {describe(book.entries[key])}" for key in aside]
    return lines


def _label(book: AnswerBook, slot: Slot) -> str:
    group = book.index.question(slot.group) if slot.group else None
    prefix = f"{item_heading(group, slot.item or 0)} - " if isinstance(group, Repeat) else ""
    return prefix + question_line(book, slot, width=70)
