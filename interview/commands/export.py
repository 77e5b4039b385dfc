"""`interview export`: the chosen sessions as an anonymized (or, on request, identified) research export."""

from __future__ import annotations

import argparse
import fnmatch
import sys
from datetime import date
from pathlib import Path

from interview.commands.common import open_store
from interview.errors import UserError
from interview.export.dates import DateMode
from interview.export.keys import Pseudonyms, SecretError, load_secret, secret_path
from interview.export.session import ExportSession
from interview.export.writer import ExportOptions, write_export
from interview.locations import database_path
from interview.practice import PRACTICE_LABEL_PREFIX
from interview.script import Script
from interview.session.outcome import OutcomeError, load_outcome, stored_script
from interview.storage import SessionStore
from interview.storage.sessions import SessionSummary


def export_command(args: argparse.Namespace) -> int:
    """Write the export; refuse identified data unless --identified was given; audit either way."""
    if not args.anonymize and not args.identified:
        raise UserError("say --anonymize (research export) or --identified (names and dates as entered)")
    store = open_store(args)
    chosen = select(store.summaries(), args.since, args.until, args.script, args.label, args.include_practice)
    filters = {
        "since": args.since,
        "until": args.until,
        "script": args.script,
        "label": args.label,
        "include_practice": args.include_practice,
    }
    pseudonyms = None
    if args.anonymize:
        try:
            pseudonyms = Pseudonyms(load_secret(secret_path(database_path(args.db))))
        except SecretError as error:
            raise UserError(str(error)) from None
    scripts: dict[str, Script] = {}  # sessions of one script version share its parse
    sessions = [export_session(store, summary, scripts) for summary in chosen]
    options = ExportOptions(args.format, pseudonyms, DateMode(args.dates), filters)
    try:
        manifest = write_export(sessions, Path(args.out), options)
    except OSError as error:
        raise UserError(
            f"cannot write the export to {error.filename or args.out}: {error.strerror or error}"
        ) from None
    store.audit(
        "export_identified" if options.identified else "export_anonymized",
        {
            "out": str(Path(args.out).resolve()),
            "format": args.format,
            "sessions": len(sessions),
            "filters": filters,
            "dates": args.dates if args.anonymize else None,
        },
    )
    kind = "identified" if options.identified else "anonymized"
    print(f"Wrote an {kind} {args.format} export of {len(sessions)} session(s) to {args.out}")
    if manifest["counts"]["records"] < len(sessions):
        print("Note: some sessions have no record (see the warnings above).", file=sys.stderr)
    return 0


def select(
    summaries: list[SessionSummary],
    since: str | None,
    until: str | None,
    script: str | None,
    label: str | None,
    include_practice: bool = False,
) -> list[SessionSummary]:
    """Sessions started within [since, until] (inclusive), of the script, with a label matching the glob.

    Trainees' practice attempts are codings of synthetic cases, not data about a person, so they stay
    out of research exports unless asked for.
    """
    first, last = _day(since, "--since"), _day(until, "--until")
    chosen = []
    for summary in summaries:
        started = summary.started_at[:10]
        if (first and started < first) or (last and started > last):
            continue
        if script and summary.script_id != script:
            continue
        if label and not fnmatch.fnmatchcase(summary.patient_label, label):
            continue
        if summary.patient_label.startswith(PRACTICE_LABEL_PREFIX) and not include_practice:
            continue
        chosen.append(summary)
    return sorted(chosen, key=lambda s: (s.started_at, s.id))


def _day(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise UserError(f"{option} needs a date as YYYY-MM-DD, not '{value}'") from None


def export_session(store: SessionStore, summary: SessionSummary, scripts: dict[str, Script]) -> ExportSession:
    """The session with its record and staging (or, when they cannot be derived, its transcript only);
    `scripts` keeps each script version parsed once across the sessions of one export."""
    try:
        outcome = load_outcome(store, summary.id, scripts)
    except OutcomeError as error:
        print(f"interview: {error}; exporting its transcript only", file=sys.stderr)
        script = stored_script(store, summary.id, scripts)
        return ExportSession(
            summary.id,
            summary.patient_label,
            summary.started_at,
            summary.status,
            script,
            store.events(summary.id),
        )
    return ExportSession(
        summary.id,
        summary.patient_label,
        summary.started_at,
        summary.status,
        outcome.script,
        outcome.events,
        outcome.record,
        outcome.staging,
    )
