"""What an export reads of one session: its script, events, record and staging (derived by the caller)."""

from __future__ import annotations

from dataclasses import dataclass

from interview.events import Event
from interview.record import ClinicalRecord
from interview.script import Script
from interview.script.model import iter_questions
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


def identifying_ids(script: Script) -> set[str]:
    """Ids of the questions whose answers may identify the person."""
    return {question.id for question, _, _ in iter_questions(script) if question.identifying}
