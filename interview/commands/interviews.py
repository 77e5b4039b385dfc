"""`interview run`, `resume`, `sessions` and `transcript`: conducting and reading interviews."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

from interview.commands.closing import finish
from interview.commands.common import open_store, start_session
from interview.commands.input_lines import answers_text, plain_input, read_answers_file
from interview.engine import Conversation
from interview.errors import UserError
from interview.events import Event
from interview.locations import script_to_run
from interview.plain_mode import run_plain
from interview.printable import printable_line
from interview.report.transcript import transcript_jsonl, transcript_markdown
from interview.safety.state import SAFETY_EVENT_KINDS, alert_state
from interview.script import ScriptError, load_script_file, load_script_text
from interview.session.answer_files import KEYED_SUFFIXES, KeyedAnswers, read_keyed_answers
from interview.session.outcome import replayed_conversation
from interview.storage import SessionStore


def _answers(answers: Path | None) -> KeyedAnswers | list[str] | None:
    """The --answers file, read whole before any session is created: keyed by question (a .yaml file)
    or one answer a line; None without one."""
    if answers is None:
        return None
    if answers.suffix in KEYED_SUFFIXES:
        return read_keyed_answers(answers_text(answers), str(answers))
    return read_answers_file(answers)


def _input_lines(given: KeyedAnswers | list[str] | None, conversation: Conversation) -> Iterator[str]:
    """The answers file's lines, then standard input's (after a file, only when it is a terminal)."""
    return plain_input(given.lines(conversation) if isinstance(given, KeyedAnswers) else given)


def _keyed_notice(given: KeyedAnswers | list[str] | None, conversation: Conversation) -> None:
    """After a keyed file: where it had no answer, or (the interview done) the keys never asked."""
    if not isinstance(given, KeyedAnswers):
        return
    current = conversation.current
    if not conversation.finished and not conversation.halted and current is not None:
        print(f"interview: the answers file has no answer for '{current.key}'", file=sys.stderr)
    if conversation.finished and given.unused:  # a file that stopped early has the rest unread
        print(f"interview: answers never asked for: {', '.join(given.unused)}", file=sys.stderr)


def run_command(args: argparse.Namespace) -> int:
    """Start a new interview."""
    path = script_to_run(args.script)
    try:
        loaded = load_script_file(path)
    except ScriptError as error:
        raise UserError(f"the script has problems (run `interview validate`): {error.problems[0]}") from None
    given = _answers(Path(args.answers) if args.answers else None)  # read before any session
    store = open_store(args, writing=True)
    session_id, conversation, first = start_session(
        store, loaded.script, args.patient or "", str(path.resolve())
    )
    print(f"Session {session_id} ({loaded.script.title}, version {loaded.script.version})")
    lines = _input_lines(given, conversation)
    try:
        run_plain(conversation, session_id, store, first, lines, sys.stdout, echo=given is not None)
    finally:
        store.release(session_id)  # another process may open it now
    _keyed_notice(given, conversation)
    return finish(store, session_id, conversation, sys.stdout)


def resume_command(args: argparse.Namespace) -> int:
    """Continue a session where it stopped, with the exact script it started with."""
    store = open_store(args, writing=True)
    session_id = store.resolve(args.session)
    store.claim(session_id)  # one writer per session: refused here if another process has it open
    try:
        return _resume(store, session_id, args)
    finally:
        store.release(session_id)


def _resume(store: SessionStore, session_id: str, args: argparse.Namespace) -> int:
    conversation = replayed_conversation(store, session_id)
    notice = _script_change_notice(store, session_id, conversation)
    if notice:
        print(notice)
    if conversation.finished:
        print(f"Session {session_id} is already complete (use `interview transcript {session_id}`).")
        return 0
    given = _answers(Path(args.answers) if args.answers else None)
    reply = conversation.resume()
    lines = _input_lines(given, conversation)
    run_plain(conversation, session_id, store, reply, lines, sys.stdout, echo=given is not None)
    _keyed_notice(given, conversation)
    return finish(store, session_id, conversation, sys.stdout)


def _script_change_notice(store: SessionStore, session_id: str, conversation: Conversation) -> str:
    """Tell the user when the script file has changed since the session began (the session keeps its own)."""
    script = conversation.script
    try:
        path = script_to_run(conversation.script_path or script.id)
        text = path.read_text(encoding="utf-8")  # read as load_script_file reads it
    except (UserError, OSError, UnicodeDecodeError):
        return ""
    if text == script.source_text:
        return ""  # unchanged: not parsed again (the YAML parse of the assessment script takes ~250 ms)
    try:
        current = load_script_text(text, str(path)).script
    except ScriptError:
        return ""
    if current.digest == script.digest:
        return ""
    return (
        f"Note: script '{script.id}' has changed since this session began (session: version "
        f"{script.version}, now: version {current.version}). The session continues with the version it "
        f"started with, stored with it, so its answers are never mixed across versions."
    )


LONGEST_CELL = 28
"""Wider cells (a long patient label or script id) are cut, so a row stays on one line."""


def sessions_command(args: argparse.Namespace) -> int:
    """List sessions, newest first; a safety alert shows in the status."""
    store = open_store(args)
    summaries = store.summaries()
    safety_events = store.events_of_kinds(SAFETY_EVENT_KINDS)
    alerts = {s.id: _alert_status(safety_events.get(s.id, [])) for s in summaries}
    if args.json:
        print(json.dumps([{**asdict(s), "alert": alerts[s.id]} for s in summaries], indent=2))
        return 0
    if not summaries:
        print("No sessions yet. Start one with: interview run sample --plain")
        return 0
    rows = [
        (
            s.id,
            printable_line(s.patient_label),
            printable_line(f"{s.script_id} v{s.script_version}"),
            s.status,
            s.last_activity[:19],
            _alert_words(alerts[s.id]),
        )
        for s in summaries
    ]
    header = ("session", "patient", "script", "status", "last activity", "alert")
    widths = [min(max(len(row[c]) for row in [header, *rows]), LONGEST_CELL) for c in range(5)]
    for row in [header, *rows]:
        cells = [_fit(cell, width) for cell, width in zip(row, widths, strict=False)]
        print(" ".join([*cells, row[5]]).rstrip())
    return 0


def _fit(cell: str, width: int) -> str:
    """The cell padded to width; a longer one cut with an ellipsis, so a cut label looks cut."""
    return cell.ljust(width) if len(cell) <= width else cell[: width - 1] + "…"


def _alert_words(alert: dict[str, str | None] | None) -> str:
    if alert is None:
        return ""
    return f"ALERT {alert['level']}" + ("" if alert["acknowledged_at"] else " (NOT acknowledged)")


def _alert_status(safety_events: list[Event]) -> dict[str, str | None] | None:
    """The session's current safety alert (level, acknowledgement time), or None."""
    current = alert_state(safety_events).current
    if current is None:
        return None
    return {"level": current.level.value, "acknowledged_at": current.acknowledged_at}


def transcript_command(args: argparse.Namespace) -> int:
    """Print a session's transcript, generated from its event log."""
    store = open_store(args)
    session_id = store.resolve(args.session)
    events = store.events(session_id)
    render = transcript_jsonl if args.format == "jsonl" else transcript_markdown
    sys.stdout.write(render(session_id, events))
    return 0
