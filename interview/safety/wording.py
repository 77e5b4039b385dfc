"""The words of a safety alert: what was endorsed, what to do, whom to call; never reassurance."""

from __future__ import annotations

from collections.abc import Sequence

from interview.record.safety import TriageLevel
from interview.safety.triage import SCREENING_NOTE, Triage

HALT_LEVELS = frozenset({TriageLevel.MODERATE, TriageLevel.HIGH})
"""Levels at which the interview halts until the interviewer acknowledges the alert."""
ACKNOWLEDGE_HINT = (
    "The interview is halted. When you, the interviewer, have read this and acted on it, type "
    "'acknowledge' (or 'ack') to go on; 'pause' keeps everything and stops for now."
)


def heading(result: Triage) -> str:
    """The first line of an alert: the level acted on, and both levels when items are unanswered."""
    return heading_level(result) + ("" if result.settled else f" ({result.summary})")


def emergency_text(contacts: Sequence[str]) -> str:
    """What the high level shows before anything else."""
    return "\n".join(
        [
            "EMERGENCY GUIDANCE: do not leave the person alone; remove the means of harming themselves.",
            *contacts,
        ]
    )


def alert_text(result: Triage, contacts: Sequence[str], reason: str) -> str:
    """The whole alert: levels, what was endorsed and left unanswered, why, the actions, the contacts."""
    lines = [heading(result)]
    lines.append("Endorsed: " + ("; ".join(result.endorsed) if result.endorsed else "no item answered yes"))
    if result.unresolved:
        lines.append(
            "Not answered yes or no: " + "; ".join(result.unresolved) + ". The screen cannot rule these "
            f"out, so the interview acts on the level they could reach ({result.level.value})."
        )
    lines.append(f"The screen was asked because of: {reason}")
    lines.append(f"Required actions ({result.level.value}):")
    lines += [f"- {action}" for action in result.actions]
    lines.append("Crisis contacts:")
    lines += [f"- {line}" for line in contacts]
    lines.append(SCREENING_NOTE)
    return "\n".join(lines)


def alert_messages(result: Triage, contacts: Sequence[str], reason: str) -> list[str]:
    """The alert as messages, in order: at high the emergency guidance comes first."""
    messages = [alert_text(result, contacts, reason)]
    if result.level is TriageLevel.HIGH:
        messages.insert(0, emergency_text(contacts))
    return messages


def banner_text(result: Triage, acknowledged_at: str | None) -> str:
    """One line that stays on screen while an alert is active."""
    state = (
        f"acknowledged {acknowledged_at[:16].replace('T', ' ')} UTC"
        if acknowledged_at
        else "NOT acknowledged"
    )
    said = result.summary if not result.settled else "endorsed: " + "; ".join(result.endorsed)
    return f"[{heading_level(result)} ({state}); {said}. Type 'alert' to show it again.]"


def heading_level(result: Triage) -> str:
    """The heading without the levels' summary, for the banner."""
    verb = "C-SSRS screener level" if result.settled else "acting on C-SSRS screener level"
    return f"SAFETY ALERT: {verb} {result.level.value.upper()}"


def level_words(result: Triage) -> str:
    """The level in a sentence: "moderate", or "acting on high; endorsed: low (item 1); could be
    high: items 4, 5 unanswered"."""
    return result.level.value if result.settled else f"acting on {result.level.value}; {result.summary}"


def decision_question(level: TriageLevel) -> str:
    """What is asked once an alert allows the interview to go on (clinical-rules §14 triage table):
    at low, whether the person agrees to go on; at moderate and high, the offer to end the session."""
    keep = "everything said so far is kept"
    if level is TriageLevel.LOW:
        return (
            "Does the person agree to go on with the interview? Type 'yes' to go on, or 'no' to end "
            f"the session here ({keep})."
        )
    advice = (
        "The alert advises that the remaining questions should not be resumed in this session."
        if level is TriageLevel.HIGH
        else "The triage guidance is to offer to end the session."
    )
    return (
        f"{advice} Interviewer: type 'end' to end the session here ({keep}), or 'continue' to go on "
        "with the interview; your choice is recorded."
    )


def decision_words(go_on: bool, decided_by: str, at: str | None) -> str:
    """The recorded decision in a sentence, for the transcript and the reports."""
    when = f" at {at[:16].replace('T', ' ')} UTC" if at else ""
    if decided_by == "person":
        if go_on:
            return f"The person agreed to go on with the interview{when}."
        return f"The person did not agree to go on; the session was ended{when}."
    if go_on:
        return f"The interviewer chose to go on with the interview{when}."
    return f"The interviewer chose to end the session{when}."


ENDED_TEXT = (
    "The session has ended here, after the safety alert. Everything said so far is kept; the report "
    "shows the alert first."
)
