"""`interview stage`: every published staging method, side by side, for one clinical record."""

from __future__ import annotations

import argparse
from pathlib import Path

from interview.commands.common import UserError


def stage_command(args: argparse.Namespace) -> int:
    """Read a record file, stage it, print Markdown or JSON."""
    from interview.record import RecordError, load_record
    from interview.staging import render_markdown, stage

    try:
        record = load_record(Path(args.record))
    except RecordError as error:
        raise UserError(str(error)) from None
    report = stage(record)
    print(report.model_dump_json(indent=2) if args.format == "json" else render_markdown(report))
    return 0
