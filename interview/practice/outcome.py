"""The staging an interview's answers produce: answers -> ClinicalRecord (the mapping) -> stage()."""

from __future__ import annotations

from interview.engine import Conversation
from interview.script.model import Script
from interview.staging import StagingReport


def stage_answers(script: Script, conversation: Conversation) -> tuple[StagingReport | None, str]:
    """The staging report of a conversation's answers, or None with the reason there is none."""
    # TEMPORARY until interview.mapping lands (the mapping helper is writing build_record)
    return None, "the mapping from answers to the clinical record is not available yet"
