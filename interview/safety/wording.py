"""The words of a safety alert: what was endorsed, what to do, whom to call; never reassurance."""

from __future__ import annotations

from collections.abc import Sequence

from interview.record.safety import TriageLevel
from interview.safety.triage import SCREENING_NOTE

HALT_LEVELS = frozenset({TriageLevel.MODERATE, TriageLevel.HIGH})
"""Levels at which the interview halts until the interviewer acknowledges the alert."""
ACKNOWLEDGE_HINT = (
    "The interview is halted. When you, the interviewer, have read this and acted on it, type "
    "'acknowledge' (or 'ack') to go on; 'pause' keeps everything and stops for now."
)


def heading(level: TriageLevel) -> str:
    """The first line of an alert."""
    return f"SAFETY ALERT: C-SSRS screener level {level.value.upper()}"


def emergency_text(contacts: Sequence[str]) -> str:
    """What the high level shows before anything else."""
    return "\n".join(
        [
            "EMERGENCY GUIDANCE: do not leave the person alone; remove the means of harming themselves.",
            *contacts,
        ]
    )


def alert_text(
    level: TriageLevel,
    endorsed: Sequence[str],
    unresolved: Sequence[str],
    actions: Sequence[str],
    contacts: Sequence[str],
    reason: str,
) -> str:
    """The whole alert: level, what was endorsed, why the screen ran, the actions, the contacts."""
    lines = [heading(level)]
    lines.append("Endorsed: " + ("; ".join(endorsed) if endorsed else "no item answered yes"))
    if unresolved:
        lines.append(
            "Not answered yes or no: " + "; ".join(unresolved) + " (the screen cannot rule these out, "
            "so they count toward the level)"
        )
    lines.append(f"The screen was asked because of: {reason}")
    lines.append("Required actions:")
    lines += [f"- {action}" for action in actions]
    lines.append("Crisis contacts:")
    lines += [f"- {line}" for line in contacts]
    lines.append(SCREENING_NOTE)
    return "\n".join(lines)


def alert_messages(
    level: TriageLevel,
    endorsed: Sequence[str],
    unresolved: Sequence[str],
    actions: Sequence[str],
    contacts: Sequence[str],
    reason: str,
) -> list[str]:
    """The alert as messages, in order: at high the emergency guidance comes first."""
    messages = [alert_text(level, endorsed, unresolved, actions, contacts, reason)]
    if level is TriageLevel.HIGH:
        messages.insert(0, emergency_text(contacts))
    return messages


def banner_text(level: TriageLevel, endorsed: Sequence[str], acknowledged_at: str | None) -> str:
    """One line that stays on screen while an alert is active."""
    state = (
        f"acknowledged {acknowledged_at[:16].replace('T', ' ')} UTC"
        if acknowledged_at
        else "NOT acknowledged"
    )
    items = "; ".join(endorsed) or "unanswered items"
    return f"[{heading(level)} ({state}); endorsed: {items}. Type 'alert' to show it again.]"
