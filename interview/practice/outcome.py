"""The record and staging an interview's answers produce: answers -> ClinicalRecord -> stage()."""

from __future__ import annotations

from interview.engine import Conversation
from interview.mapping import MappingError, build_record
from interview.record import ClinicalRecord
from interview.script.model import Script
from interview.staging import StagingReport, stage


def record_of(script: Script, conversation: Conversation, case_label: str | None = None) -> ClinicalRecord:
    """The ClinicalRecord of a conversation's answers (raises MappingError when an answer does not fit)."""
    return build_record(script, conversation, case_label=case_label)


def stage_answers(script: Script, conversation: Conversation) -> tuple[StagingReport | None, str]:
    """The staging report of a conversation's answers, or None with the reason there is none."""
    try:
        record = record_of(script, conversation)
    except MappingError as error:
        return None, f"the answers could not be turned into a clinical record: {error}"
    return stage(record), ""
