"""`python -m interview.tui [--db PATH] [--served] [--user NAME]`: the app alone, as `interview serve`
runs it (with `--user`, as that signed-in account: its sessions and its role only)."""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import os
import signal
import sys
from collections.abc import Sequence

from interview.locations import database_path
from interview.tui.launch import run_tui, run_tui_as

PR_SET_PDEATHSIG = 1
"""prctl option (linux/prctl.h): the signal this process gets when its parent dies."""


def end_with_parent() -> None:
    """Ask Linux to SIGTERM this process when the server that started it dies, however it dies.

    Otherwise an app whose server was killed keeps running, re-parented to PID 1, spinning on its
    closed input. Every answer is committed as it is given, so ending here loses nothing.
    """
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    if os.getppid() == 1:  # the server was already gone before the request took effect
        sys.exit(0)


def main(argv: Sequence[str] | None = None) -> int:
    """Open Home on the database of --db, $INTERVIEW_DB or the per-user default."""
    parser = argparse.ArgumentParser(prog="python -m interview.tui")
    parser.add_argument("--db", help="database file")
    parser.add_argument("--served", action="store_true", help="started by `interview serve`")
    parser.add_argument("--user", help="the signed-in account the app runs as (set by `interview serve`)")
    args = parser.parse_args(argv)
    if args.served:
        end_with_parent()
    if args.user is not None:
        return run_tui_as(database_path(args.db), args.user)
    return run_tui(database_path(args.db))


if __name__ == "__main__":
    sys.exit(main())
