"""A session's safety state from its stored events: for the record, the reports and the session list."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from interview.events import Event
from interview.record.safety import TriageLevel
from interview.safety.alerts import RaisedAlert, SafetyLog

SAFETY_EVENT_KINDS = ("screener_completed", "alert_raised", "alert_acknowledged", "continuation_decided")
"""The only event kinds alert_state reads, so a caller may pass just those."""


@dataclass(frozen=True)
class AlertState:
    """What the safety flow reached in one session."""

    alerts: tuple[RaisedAlert, ...]
    """Every alert raised, oldest first, each with its acknowledgement time (or None)."""
    screened_level: TriageLevel | None
    """The level of the most recent completed screen; None if the screener was never completed."""

    @property
    def current(self) -> RaisedAlert | None:
        """The most recent alert: the one shown on screen and at the head of reports."""
        return self.alerts[-1] if self.alerts else None

    @property
    def level(self) -> TriageLevel | None:
        """The triage level for the record: the last completed screen's (None if never screened)."""
        return self.screened_level

    @property
    def acknowledged_at(self) -> str | None:
        """When the interviewer acknowledged the current alert (ISO 8601 UTC), if they did."""
        current = self.current
        return current.acknowledged_at if current else None

    @property
    def unacknowledged(self) -> bool:
        """Whether the current alert still waits for the interviewer."""
        current = self.current
        return current is not None and current.acknowledged_at is None


def alert_state(events: Iterable[Event]) -> AlertState:
    """Replay the safety events of a session (the same code the live conversation runs)."""
    log = SafetyLog()
    for event in events:
        log.apply(event)
    return AlertState(tuple(log.alerts), log.screened_level)
