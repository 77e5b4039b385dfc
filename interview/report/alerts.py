"""Safety alerts for reports: the level, what was endorsed, the triage actions, and acknowledgement.

A session's stored alert events are the first source (alerts_from_session); a bare record's C-SSRS
answers the second (alerts_from_screen).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from interview.engine.alerts import RaisedAlert
from interview.record import ClinicalRecord, Missing
from interview.record.safety import TriageLevel
from interview.safety.triage import ACTIONS
from interview.staging import StagingReport
from interview.staging.safety import reached_level


class AlertLevel(StrEnum):
    """The C-SSRS screener triage levels that raise an alert (clinical-rules §14)."""

    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"

    @property
    def rank(self) -> int:
        """1 low ... 3 high, for choosing the highest alert."""
        return list(AlertLevel).index(self) + 1


class Alert(BaseModel):
    """A safety alert: the level reached, what was endorsed, what to do, and its acknowledgement."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    level: AlertLevel
    endorsed: list[str]
    """The screener items answered yes, as labelled by the staging safety check."""
    actions: list[str]
    """The triage actions for this level (clinical-rules §14)."""
    raised_at: datetime | None = None
    acknowledged_at: datetime | None = None
    """When the interviewer acknowledged it; None when not (yet) acknowledged."""
    contacts: list[str] = Field(default_factory=list)
    """Crisis contacts shown with the alert (from the settings; never hard-coded to one country)."""
    origin: str = "record"
    """Where the alert comes from: 'session' (stored alert events) or 'record' (the screen's answers)."""
    note: str = ""
    """Anything the reader must know about this alert, e.g. that unanswered items could raise it."""


def alerts_from_screen(record: ClinicalRecord, staging: StagingReport) -> list[Alert]:
    """The alert a record's safety answers raise (none when nothing was endorsed)."""
    level = reached_level(record.safety, staging.safety).value
    safety = staging.safety
    if level == "none":
        return []
    note = ""
    if safety.derived_level_max != level and safety.narrowing_inputs:
        note = f"Unanswered screener items could raise the level to {safety.derived_level_max}."
    acknowledged = record.safety.acknowledged_at
    return [
        Alert(
            level=AlertLevel(level),
            endorsed=list(safety.endorsed),
            actions=list(ACTIONS[TriageLevel(level)]),
            acknowledged_at=None if isinstance(acknowledged, Missing) else acknowledged,
            origin="record",
            note=note,
        )
    ]


def alerts_from_session(raised: list[RaisedAlert]) -> list[Alert]:
    """The alerts a session raised, as shown then (its words, contacts and times), highest first."""
    alerts = [
        Alert(
            level=AlertLevel(alert.level.value),
            endorsed=list(alert.endorsed),
            actions=list(alert.actions),
            contacts=list(alert.contacts),
            raised_at=datetime.fromisoformat(alert.raised_at),
            acknowledged_at=datetime.fromisoformat(alert.acknowledged_at) if alert.acknowledged_at else None,
            origin="session",
            note=alert.reason,
        )
        for alert in raised
        if alert.level is not TriageLevel.NONE
    ]
    return sorted(alerts, key=lambda alert: alert.level.rank, reverse=True)
