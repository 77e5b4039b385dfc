"""Open the TUI from the command line: bare `interview` (Home), `run`, `resume` and `practice CASE`."""

from __future__ import annotations

import argparse
from pathlib import Path

from interview.commands.common import UserError, open_store
from interview.commands.scripts import load_for_run
from interview.storage import SessionStore, open_database
from interview.tui.app import Start, make_app


def run_tui(database: Path, start: Start | None = None) -> int:
    """Run the app on a database until the person quits (every answer is stored as it is given)."""
    make_app(SessionStore(open_database(database)), start).run()
    return 0


def tui_command(args: argparse.Namespace) -> int:
    """The TUI for `interview`, `interview run SCRIPT`, `interview resume SESSION` or `practice CASE`."""
    store = open_store(args)
    start: Start | None = None
    if args.command == "run":
        start = Start(script_path=load_for_run(args.script), patient_label=args.patient or "")
    elif args.command == "resume":
        start = Start(resume=store.resolve(args.session))  # an unknown id fails here, before the screen
    elif args.command == "practice":
        # Imported here: the practice modules cost ~120 ms, which run, resume and Home need not pay.
        from interview.practice import CaseError, find_case, load_case
        from interview.tui.screens.practice import PracticeChoice

        try:  # an unknown or broken case fails here, before the screen, as in plain mode
            case = find_case(args.case)
            load_case(case)
        except CaseError as error:
            raise UserError(str(error)) from None
        start = Start(practice=PracticeChoice(case, args.trainee or ""))
    make_app(store, start).run()
    return 0
