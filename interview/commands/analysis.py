"""`interview stage`: every published staging method, side by side, for one clinical record."""

from __future__ import annotations

import argparse

from interview.commands.common import read_record
from interview.report.staging_markdown import render_markdown
from interview.staging import stage


def stage_command(args: argparse.Namespace) -> int:
    """Read a record file, stage it, print Markdown or JSON."""
    report = stage(read_record(args.record))
    print(report.model_dump_json(indent=2) if args.format == "json" else render_markdown(report))
    return 0
