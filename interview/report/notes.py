"""The clinician's notes typed during the interview (`note TEXT`), each with the question it was typed at."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict

from interview.events import Event, NoteAdded, QuestionAsked


class ClinicianNote(BaseModel):
    """One note: the question on screen when it was typed (its first line), the text, and when."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    question: str
    text: str
    at: str


def notes_from_events(events: Iterable[Event]) -> list[ClinicianNote]:
    """Every note in the order typed; the question is the one last asked under the note's key."""
    asked: dict[str, str] = {}
    notes = []
    for event in events:
        if isinstance(event, QuestionAsked):
            asked[event.key] = next(iter(event.prompt.strip().splitlines()), "")
        elif isinstance(event, NoteAdded):
            question = asked.get(event.key, "") or "(no question on screen)"
            notes.append(ClinicianNote(question=question, text=event.text, at=event.at))
    return notes
