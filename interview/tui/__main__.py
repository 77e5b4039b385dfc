"""`python -m interview.tui [--db PATH]`: the app alone, as `interview serve` runs it for each browser."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from interview.locations import database_path
from interview.tui.launch import run_tui


def main(argv: Sequence[str] | None = None) -> int:
    """Open Home on the database of --db, $INTERVIEW_DB or the per-user default."""
    parser = argparse.ArgumentParser(prog="python -m interview.tui")
    parser.add_argument("--db", help="database file")
    args = parser.parse_args(argv)
    return run_tui(database_path(args.db))


if __name__ == "__main__":
    sys.exit(main())
