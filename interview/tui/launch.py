"""Open the TUI from the command line: bare `interview` (Home), `interview run` and `interview resume`."""

from __future__ import annotations

import argparse
from pathlib import Path

from interview.commands.common import open_store
from interview.commands.scripts import load_for_run
from interview.storage import SessionStore, open_database
from interview.tui.app import Start, make_app


def run_tui(database: Path, start: Start | None = None) -> int:
    """Run the app on a database until the person quits (every answer is stored as it is given)."""
    make_app(SessionStore(open_database(database)), start).run()
    return 0


def tui_command(args: argparse.Namespace) -> int:
    """The TUI for `interview`, `interview run SCRIPT` or `interview resume SESSION`."""
    store = open_store(args)
    start: Start | None = None
    if args.command == "run":
        start = Start(script_path=load_for_run(args.script), patient_label=args.patient or "")
    elif args.command == "resume":
        start = Start(resume=store.resolve(args.session))  # an unknown id fails here, before the screen
    make_app(store, start).run()
    return 0
