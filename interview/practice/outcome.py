"""The record and staging an interview's answers produce: answers -> ClinicalRecord -> stage()."""

from __future__ import annotations

from interview.engine import Conversation
from interview.mapping import MappingError, build_record
from interview.script.model import Script
from interview.staging import StagingReport, stage


def stage_answers(script: Script, conversation: Conversation) -> tuple[StagingReport | None, str]:
    """The staging report of a conversation's answers, or None with the reason there is none."""
    try:
        record = build_record(script, conversation)
    except MappingError as error:
        return None, f"the answers could not be turned into a clinical record: {error}"
    return stage(record), ""
