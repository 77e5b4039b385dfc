"""`interview report`: the clinician or patient report of a session or of a record file."""

from __future__ import annotations

import argparse
from pathlib import Path

from interview import private_files
from interview.commands.common import open_store, read_record
from interview.errors import UserError
from interview.report import ReportInput, render_report, report_input
from interview.safety.contacts import load_contacts
from interview.session.outcome import OutcomeError, load_outcome, outcome_report_input


def is_record_file(ref: str) -> bool:
    """A reference names a record file when it is an existing file or ends in .json."""
    return ref.endswith(".json") or Path(ref).is_file()


def _session_input(args: argparse.Namespace) -> ReportInput:
    try:
        outcome = load_outcome(open_store(args), args.source)
    except OutcomeError as error:
        raise UserError(str(error)) from None
    return outcome_report_input(outcome)


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
