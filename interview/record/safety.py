"""The C-SSRS screener answers and the triage level reached (clinical-rules §14)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from interview.record.base import RecordModel
from interview.record.values import SKIPPED, Missing, YesNo


class TriageLevel(StrEnum):
    """The C-SSRS screener triage levels (Columbia Lighthouse Project triage guidelines)."""

    NONE = "none"
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"


class SafetyScreen(RecordModel):
    """C-SSRS screener items 1-5 ask about the past month; item 6 about lifetime and 3 months."""

    wish_to_be_dead: YesNo | Missing = SKIPPED
    """Item 1, past month."""
    suicidal_thoughts: YesNo | Missing = SKIPPED
    """Item 2, past month; if no, items 3-5 are not asked (not applicable)."""
    thoughts_with_method: YesNo | Missing = SKIPPED
    """Item 3, past month."""
    intent_without_plan: YesNo | Missing = SKIPPED
    """Item 4, past month."""
    intent_with_plan: YesNo | Missing = SKIPPED
    """Item 5, past month."""
    suicidal_behaviour_lifetime: YesNo | Missing = SKIPPED
    """Item 6, ever."""
    suicidal_behaviour_past_3_months: YesNo | Missing = SKIPPED
    """Item 6 follow-up: was it within the past 3 months."""
    triage_level: TriageLevel | Missing = SKIPPED
    """The level the interview reached and showed."""
    acknowledged_at: datetime | Missing = SKIPPED
    """When the interviewer acknowledged the alert."""
