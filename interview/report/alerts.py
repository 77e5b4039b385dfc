"""Safety alerts for reports: the level, what was endorsed, the triage actions, and acknowledgement.

A session's stored alert events are the first source (alerts_from_session); a bare record's C-SSRS
answers the second (alerts_from_screen).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from interview.record import ClinicalRecord, Missing
from interview.record.safety import TriageLevel
from interview.safety.alerts import RaisedAlert
from interview.safety.triage import Triage, record_triage
from interview.safety.wording import decision_words


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
    """The level acted on: the highest the unanswered items could reach (interview.safety.triage)."""
    endorsed: list[str]
    """The screener items answered yes, as the live alert labels them."""
    actions: list[str]
    """The triage actions for this level (clinical-rules §14)."""
    unresolved: list[str] = Field(default_factory=list)
    """The screener items left without a yes or no; they are why the level acted on is higher."""
    levels: str = ""
    """Both levels, said only when they differ: "endorsed: low (item 1); could be high: items 4, 5
    unanswered"."""
    raised_at: datetime | None = None
    acknowledged_at: datetime | None = None
    """When the interviewer acknowledged it; None when not (yet) acknowledged."""
    contacts: list[str] = Field(default_factory=list)
    """Crisis contacts shown with the alert (from the settings; never hard-coded to one country)."""
    origin: str = "record"
    """Where the alert comes from: 'session' (stored alert events) or 'record' (the screen's answers)."""
    note: str = ""
    """Anything the reader must know about this alert, e.g. that unanswered items could raise it."""
    decision: str = ""
    """Whether the interview went on after the alert, and who decided ("" when not yet decided)."""


def alerts_from_screen(record: ClinicalRecord) -> list[Alert]:
    """The alert a record's safety answers raise: none when the level to act on is none (nothing
    endorsed and nothing unanswered, or the screen was never done)."""
    result = record_triage(record.safety)
    if result is None or result.level is TriageLevel.NONE:
        return []
    acknowledged = record.safety.acknowledged_at
    return [
        Alert(
            level=AlertLevel(result.level.value),
            endorsed=list(result.endorsed),
            actions=list(result.actions),
            unresolved=list(result.unresolved),
            levels=_levels(result),
            acknowledged_at=None if isinstance(acknowledged, Missing) else acknowledged,
            origin="record",
        )
    ]


def alerts_from_session(raised: list[RaisedAlert]) -> list[Alert]:
    """The alerts a session raised, as shown then (its words, contacts and times), highest first."""
    alerts = [
        Alert(
            level=AlertLevel(alert.level.value),
            endorsed=list(alert.endorsed),
            actions=list(alert.actions),
            unresolved=list(alert.unresolved),
            levels=_levels(alert.triage),
            contacts=list(alert.contacts),
            raised_at=datetime.fromisoformat(alert.raised_at),
            acknowledged_at=datetime.fromisoformat(alert.acknowledged_at) if alert.acknowledged_at else None,
            origin="session",
            note=f"The screen was asked because of: {alert.reason}.",
            decision=(
                decision_words(alert.go_on, alert.decided_by, alert.decided_at)
                if alert.go_on is not None
                else ""
            ),
        )
        for alert in raised
        if alert.level is not TriageLevel.NONE
    ]
    return sorted(alerts, key=lambda alert: alert.level.rank, reverse=True)


def _levels(result: Triage) -> str:
    return "" if result.settled else result.summary
