"""What plain mode prints when an interview finishes: alerts first, a staging summary, where to read more."""

from __future__ import annotations

from typing import TextIO

from interview.engine import Conversation
from interview.errors import UserError
from interview.session.outcome import OutcomeError, SessionOutcome, load_outcome
from interview.storage import SessionStore


def closing_summary(outcome: SessionOutcome) -> str:
    """Safety alerts (if any), each staging method's value and band, and the commands for the full results."""
    session = outcome.session_id
    lines: list[str] = []
    for alert in outcome.alerts:
        endorsed = ", ".join(alert.endorsed) or "see the screener answers"
        seen = "acknowledged" if alert.acknowledged_at else "NOT yet acknowledged"
        level = alert.level.value.upper()
        if alert.levels:  # items left unanswered: both levels, as the one triage policy says them
            said = f"acting on {level}, {seen}): {alert.levels}; items endorsed: {endorsed}"
        else:
            said = f"{level}, {seen}): endorsed {endorsed}"
        lines += [f"SAFETY ALERT ({said}."]
        lines += [f"  - {action}" for action in alert.actions]
        lines += [f"  Crisis contact: {contact}" for contact in alert.contacts]
    if lines:
        lines.append("")
    lines.append("Staging (each method's value and band; ranges where answers are unknown):")
    for method in outcome.staging.methods:
        band = f" ({method.outcome.band})" if method.outcome.band else ""
        lines.append(f"  - {method.name}: {method.outcome.label}{band}")
    lines += [
        "",
        f"Full report: interview report {session}",
        f"The clinical record (JSON): interview record {session}",
    ]
    return "\n".join(lines)


def finish(store: SessionStore, session_id: str, conversation: Conversation, out: TextIO) -> int:
    """After plain mode returns: print the closing summary if the interview finished; the exit status.

    A record that cannot be built (an answer that does not fit its field) is reported in one line;
    every answer stays stored, so the session can be corrected and re-read.
    """
    if not conversation.finished:
        return 0
    try:
        outcome = load_outcome(store, session_id)
    except OutcomeError as error:
        raise UserError(f"the answers are saved, but the record could not be built: {error}") from None
    out.write("\n" + closing_summary(outcome) + "\n")
    return 0
