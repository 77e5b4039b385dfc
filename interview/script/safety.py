"""The optional `safety:` block of a script: which section is the C-SSRS screener and what starts it."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from interview.script.conditions import Condition
from interview.script.questions import Identifier

SCREENER_FIELDS = (
    "safety.wish_to_be_dead",
    "safety.suicidal_thoughts",
    "safety.thoughts_with_method",
    "safety.intent_without_plan",
    "safety.intent_with_plan",
    "safety.suicidal_behaviour_lifetime",
    "safety.suicidal_behaviour_past_3_months",
)
"""The ClinicalRecord paths of the C-SSRS screener items (clinical-rules §14); the screener fills each."""


class SafetyBlock(BaseModel):
    """Where the safety screen lives in a script and what interrupts the interview to ask it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    screener: Identifier
    """The id of the section holding the C-SSRS screener questions (asked in its place, and on demand)."""
    triggers: list[Condition] = Field(default_factory=list)
    """Conditions that start the screener at once when they become true (e.g. PHQ-9 item 9 above 0)."""
    risk_cues: bool = True
    """Scan every typed line (answers, notes, rejected input) for risk phrases that start the screener."""
