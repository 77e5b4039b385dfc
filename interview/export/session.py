"""What an export reads of one session: its script, events, record and staging (derived by the caller)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from interview.engine.events import Event
from interview.record import ClinicalRecord
from interview.script import Script
from interview.script.questions import QuestionBase, Repeat
from interview.staging import StagingReport


@dataclass(frozen=True)
class ExportSession:
    """One session as the export sees it; `record` and `staging` are None when they cannot be derived."""

    id: str
    patient_label: str
    started_at: str
    status: str
    script: Script
    events: list[Event]
    record: ClinicalRecord | None = None
    staging: StagingReport | None = None


@dataclass(frozen=True)
class Placed:
    """A question with the repeat group it belongs to (None at top level)."""

    question: QuestionBase
    group: Repeat | None
    section: str


def questions(script: Script) -> Iterator[Placed]:
    """Every question of a script in order, repeat groups followed by their inner questions."""
    for section in script.sections:
        for question in section.questions:
            yield Placed(question, None, section.id)
            if isinstance(question, Repeat):
                for inner in question.questions:
                    yield Placed(inner, question, section.id)


def identifying_ids(script: Script) -> set[str]:
    """Ids of the questions whose answers may identify the person."""
    return {placed.question.id for placed in questions(script) if placed.question.identifying}
