"""`interview report`: the clinician or patient report of a session or of a record file."""

from __future__ import annotations

import argparse
from pathlib import Path

from interview import private_files
from interview.commands.common import UserError, open_store, read_record
from interview.commands.outcome import OutcomeError, SessionOutcome, load_outcome
from interview.report import ReportInput, SessionInfo, render_report, report_input
from interview.report.notes import notes_from_events
from interview.report.risk_mentions import risk_mentions
from interview.safety.contacts import load_contacts


def is_record_file(ref: str) -> bool:
    """A reference names a record file when it is an existing file or ends in .json."""
    return ref.endswith(".json") or Path(ref).is_file()


def _session_input(args: argparse.Namespace) -> ReportInput:
    try:
        outcome = load_outcome(open_store(args), args.source)
    except OutcomeError as error:
        raise UserError(str(error)) from None
    return outcome_report_input(outcome)


def outcome_report_input(outcome: SessionOutcome) -> ReportInput:
    """What the report package renders for a stored session (the command and the TUI both use it)."""
    s = outcome.summary
    info = SessionInfo(
        session_id=s.id,
        patient_label=s.patient_label,
        script=f"{s.script_id} version {s.script_version}",
        started_at=s.started_at,
        status=s.status,
    )
    return ReportInput(
        record=outcome.record,
        staging=outcome.staging,
        macro=outcome.macro,
        alerts=outcome.alerts,
        session=info,
        risk_mentions=risk_mentions(outcome.events),
        notes=notes_from_events(outcome.events),
    )


def write_private(path: Path, text: str) -> None:
    """Write a report readable by its owner only: it is health data."""
    try:
        private_files.write_private(path, text)
    except OSError as error:
        raise UserError(f"cannot write the report to {path}: {error.strerror or error}") from None


def report_command(args: argparse.Namespace) -> int:
    """Build the report input from a record file or a stored session, render it, print or save it."""
    from_file = is_record_file(args.source)
    if from_file:
        # A record carries no alert as shown, so its alert names the contacts configured here and now.
        data = report_input(read_record(args.source), crisis_contacts=load_contacts().text_lines())
    else:
        data = _session_input(args)
    text = render_report(data, args.format, args.audience)
    if args.out:
        write_private(Path(args.out), text)
    else:
        print(text, end="")
    return 0
