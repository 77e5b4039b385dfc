"""Transcripts generated from the event log: Markdown for people, JSON Lines for programs."""

from __future__ import annotations

import json

from interview.engine.events import (
    AnswerMissing,
    AnswerRecorded,
    AnswerRejected,
    Event,
    Finished,
    InputReceived,
    Navigated,
    NoteAdded,
    Paused,
    QuestionAsked,
    Resumed,
    SessionStarted,
)


def transcript_jsonl(session_id: str, events: list[Event]) -> str:
    """One JSON object per event, in order, with the session id and sequence number."""
    lines = [
        json.dumps({"session_id": session_id, "seq": seq, **event.model_dump(mode="json")})
        for seq, event in enumerate(events, start=1)
    ]
    return "\n".join(lines) + "\n"


def transcript_markdown(session_id: str, events: list[Event]) -> str:
    """The conversation as a person reads it, with what was understood and every note."""
    lines = [f"# Interview transcript: session {session_id}", ""]
    for event in events:
        lines += _markdown_lines(event)
    return "\n".join(lines).rstrip() + "\n"


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
        case InputReceived(text=text):
            return [f"**Answer:** {text or '(empty)'}", ""]
        case AnswerRecorded(display=display, approximate=True):
            return [f"_Understood as: {display}_", ""]
        case AnswerMissing(reason=reason):
            return [f"_Recorded as: {reason.value.replace('_', ' ')}_", ""]
        case AnswerRejected(message=message):
            return [f"_Not understood: {message}_", ""]
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
    return []
