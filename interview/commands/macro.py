"""`interview macro`: the macro-analysis of one clinical record as text, Mermaid, DOT or JSON."""

from __future__ import annotations

import argparse
from pathlib import Path

from interview.commands.common import UserError


def macro_command(args: argparse.Namespace) -> int:
    """Read a record file, analyse it, print the chosen format."""
    from interview.macro_analysis import analyse, render
    from interview.record import RecordError, load_record

    try:
        record = load_record(Path(args.record))
    except RecordError as error:
        raise UserError(str(error)) from None
    print(render(analyse(record), args.format), end="")
    return 0
