"""`interview macro`: the macro-analysis of one clinical record as text, Mermaid, DOT or JSON."""

from __future__ import annotations

import argparse

from interview.commands.common import read_record
from interview.macro_analysis import analyze, render


def macro_command(args: argparse.Namespace) -> int:
    """Read a record file, analyze it, print the chosen format."""
    print(render(analyze(read_record(args.record)), args.format), end="")
    return 0
