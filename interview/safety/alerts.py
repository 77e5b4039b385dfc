"""The safety alerts of an interview, derived from its events: raised, acknowledged, halting or not."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from interview.events import (
    AlertAcknowledged,
    AlertRaised,
    ContinuationDecided,
    Event,
    ScreenerCompleted,
)
from interview.record.safety import TriageLevel
from interview.safety.triage import Triage
from interview.safety.wording import HALT_LEVELS, alert_messages, banner_text


@dataclass(frozen=True)
class RaisedAlert:
    """One alert as raised, and when (if ever) the interviewer acknowledged it."""

    level: TriageLevel
    endorsed: tuple[str, ...]
    unresolved: tuple[str, ...]
    actions: tuple[str, ...]
    contacts: tuple[str, ...]
    reason: str
    raised_at: str
    acknowledged_at: str | None = None
    go_on: bool | None = None
    """After the alert: whether the interview went on (None while not yet decided)."""
    decided_by: str = ""
    """Who decided: "person" (asked at low whether they agree to go on) or "interviewer"."""
    decided_at: str | None = None

    @property
    def awaiting_decision(self) -> bool:
        """Whether the interview waits to hear if it goes on: at low the person's agreement, at
        moderate and high (once acknowledged) the interviewer's choice to end the session or not."""
        return self.level is not TriageLevel.NONE and not self.halting and self.go_on is None

    @property
    def halting(self) -> bool:
        """Whether the interview waits for this alert to be acknowledged (moderate and high)."""
        return self.level in HALT_LEVELS and self.acknowledged_at is None

    @property
    def triage(self) -> Triage:
        """The screen as raised, under the one triage policy (the level reported and acted on)."""
        return Triage(self.level, self.endorsed, self.unresolved, self.actions)

    @property
    def messages(self) -> list[str]:
        """The alert's text, as shown when it was raised (emergency guidance first at high)."""
        return alert_messages(self.triage, self.contacts, self.reason)

    @property
    def banner(self) -> str:
        """The one line shown while the alert is active."""
        return banner_text(self.triage, self.acknowledged_at)


@dataclass
class SafetyLog:
    """Alerts and the last screen's level, updated one event at a time (live and in replay alike)."""

    alerts: list[RaisedAlert] = field(default_factory=list)
    screened_level: TriageLevel | None = None
    """The level of the most recent completed screen (None before any)."""

    def apply(self, event: Event) -> None:
        """Take one event into account; events of other kinds are ignored."""
        match event:
            case ScreenerCompleted(level=level):
                self.screened_level = level
            case AlertRaised():
                self.alerts.append(
                    RaisedAlert(
                        event.level,
                        tuple(event.endorsed),
                        tuple(event.unresolved),
                        tuple(event.actions),
                        tuple(event.contacts),
                        event.reason,
                        event.at,
                    )
                )
            case AlertAcknowledged(at=at) if self.alerts and self.alerts[-1].acknowledged_at is None:
                self.alerts[-1] = replace(self.alerts[-1], acknowledged_at=at)
            case ContinuationDecided() if self.alerts and self.alerts[-1].go_on is None:
                self.alerts[-1] = replace(
                    self.alerts[-1], go_on=event.go_on, decided_by=event.decided_by, decided_at=event.at
                )

    @property
    def current(self) -> RaisedAlert | None:
        """The most recent alert (it stays on screen for the rest of the interview)."""
        return self.alerts[-1] if self.alerts else None

    @property
    def deciding(self) -> RaisedAlert | None:
        """The alert after which the interview waits to hear whether it goes on, if any."""
        current = self.current
        return current if current is not None and current.awaiting_decision else None

    @property
    def halting(self) -> RaisedAlert | None:
        """The alert the interview waits on, if any."""
        current = self.current
        return current if current is not None and current.halting else None
