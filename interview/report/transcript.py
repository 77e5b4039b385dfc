"""Transcripts generated from the event log: Markdown for people, JSON Lines for programs."""

from __future__ import annotations

import json
from dataclasses import asdict

from interview.engine.understanding.commands import recognize_command
from interview.events import (
    ANSWER_NOTE,
    AlertAcknowledged,
    AlertRaised,
    AnswerMissing,
    AnswerProposed,
    AnswerRecorded,
    AnswerRejected,
    ContinuationDecided,
    Event,
    Finished,
    InputReceived,
    Navigated,
    NoteAdded,
    Paused,
    QuestionAsked,
    Resumed,
    RiskCueNoticed,
    RiskDenied,
    ScreenerCompleted,
    ScreenerStarted,
    SessionEnded,
    SessionStarted,
)
from interview.printable import printable
from interview.safety.alerts import RaisedAlert
from interview.safety.state import alert_state
from interview.safety.wording import decision_words


def transcript_jsonl(session_id: str, events: list[Event]) -> str:
    """One JSON object per event, in order, with the session id and sequence number.

    When the session raised safety alerts, a first line (seq 0, kind "safety_alerts") lists them.
    """
    alerts = alert_state(events).alerts
    head = [
        json.dumps(
            {
                "session_id": session_id,
                "seq": 0,
                "kind": "safety_alerts",
                "alerts": [_alert_json(a) for a in alerts],
            }
        )
    ]
    lines = head if alerts else []
    lines += [
        json.dumps({"session_id": session_id, "seq": seq, **event.model_dump(mode="json")})
        for seq, event in enumerate(events, start=1)
    ]
    return "\n".join(lines) + "\n"


def transcript_markdown(session_id: str, events: list[Event]) -> str:
    """The conversation as a person reads it, with what was understood and every note."""
    lines = [f"# Interview transcript: session {session_id}", ""]
    for alert in reversed(alert_state(events).alerts):  # safety first, the latest on top
        lines += _alert_heading(alert)
    asked = ""
    for event in events:
        if isinstance(event, QuestionAsked):
            asked = event.key
        if isinstance(event, InputReceived):
            lines += [_input_line(event, asked), ""]
        else:
            lines += _markdown_lines(event)
    # answers, notes and labels are shown, never obeyed: a typed ESC sequence must not drive the terminal
    return printable("\n".join(lines).rstrip()) + "\n"


def _input_line(event: InputReceived, asked: str) -> str:
    """What was typed, saying when it was a command, or when it answered a question not yet asked."""
    text = event.text or "(empty)"
    if recognize_command(event.text) is not None:
        return f"**Command:** {text}"
    if event.key != asked:
        # Details given with an earlier answer ("Zoloft, 100 mg") fill later questions of the same item.
        return f"**Answer to {event.key}** (given in the answer above): {text}"
    return f"**Answer:** {text}"


def _alert_json(alert: RaisedAlert) -> dict[str, object]:
    fields = asdict(alert)
    fields["level"] = alert.level.value
    return fields


def _alert_heading(alert: RaisedAlert) -> list[str]:
    state = f"acknowledged {alert.acknowledged_at}" if alert.acknowledged_at else "NOT acknowledged"
    lines = [f"## {alert.messages[-1].splitlines()[0]} ({state})", "", f"- Raised: {alert.raised_at}"]
    for text in alert.messages:
        lines += ["", *(f"> {line}  " for line in text.splitlines())]  # two spaces: keep the line breaks
    return [*lines, ""]


def _markdown_lines(event: Event) -> list[str]:
    match event:
        case SessionStarted():
            return [
                f"- Patient label: {event.patient_label or '(none)'}",
                f"- Script: {event.script_id} version {event.script_version} ({event.script_digest})",
                f"- Started: {event.at}",
                "",
            ]
        case QuestionAsked(prompt=prompt):
            return ["**Interviewer:** " + prompt.replace("\n", "  \n"), ""]
        case AnswerRecorded(display=display, source="session_label"):
            return [f"_Answered from the session label, not asked: {display}_", ""]
        case AnswerRecorded(display=display, approximate=True):
            return [f"_Understood as: {display}_", ""]
        case AnswerMissing(reason=reason):
            return [f"_Recorded as: {reason.value.replace('_', ' ')}_", ""]
        case AnswerRejected(message=message):
            return [f"_Not understood: {message}_", ""]
        case AnswerProposed(question=question):
            return [f"_Asked back: {question}_", ""]
        case NoteAdded(text=text) if text.startswith(ANSWER_NOTE):
            return [f"> Said with the answer: {text.removeprefix(ANSWER_NOTE)}", ""]
        case NoteAdded(text=text):
            return [f"> Clinician's note: {text}", ""]
        case Navigated(key=key, command=command):
            return [f"_({command}: back to {key})_", ""]
        case Paused(at=at):
            return [f"_Paused at {at}_", ""]
        case Resumed(at=at):
            return [f"_Resumed at {at}_", ""]
        case Finished(at=at):
            return [f"_Interview complete at {at}_", ""]
        case RiskCueNoticed(matched=matched, category=category) if category:
            return [f"_Risk statement noticed: '{matched}' ({category.replace('_', ' ')})_", ""]
        case RiskCueNoticed(matched=matched, phrase=phrase):
            return [f"_Risk phrase noticed: '{matched}' (list phrase '{phrase}')_", ""]
        case RiskDenied(matched=matched, negation=negation, category=category):
            return [f"_Denial noted: '{matched}' denied by '{negation}' ({category.replace('_', ' ')})_", ""]
        case ScreenerStarted(reason=reason):
            return [f"_Safety screen started because of: {reason}_", ""]
        case ScreenerCompleted(level=level, endorsed=endorsed):
            return [
                f"_Safety screen complete: level {level.value}; endorsed: {'; '.join(endorsed) or 'none'}_",
                "",
            ]
        case AlertRaised(level=level, at=at):
            return [f"**Safety alert raised: {level.value.upper()}** at {at} (shown in full at the top)", ""]
        case AlertAcknowledged(level=level, at=at):
            return [f"**Safety alert ({level.value}) acknowledged by the interviewer at {at}**", ""]
        case ContinuationDecided(go_on=go_on, decided_by=decided_by, at=at):
            return [f"**{decision_words(go_on, decided_by, at)}**", ""]
        case SessionEnded(reason=reason, at=at):
            return [f"_Session ended at {at} ({reason})_", ""]
    return []
