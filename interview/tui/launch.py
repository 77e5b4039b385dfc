"""Open the TUI from the command line: bare `interview` (Home), `run`, `resume` and `practice CASE`."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from interview.locations import database_path, script_to_run
from interview.storage.files import owner_only_file
from interview.tui.app import InterviewApp, Start, make_app

if TYPE_CHECKING:
    from interview.storage import SessionStore


def run_app(app: InterviewApp) -> int:
    """Run the app until the person quits; its return code (non-zero: it says why on exit)."""
    # What the imports made lives as long as the process: keep the cyclic collector off it. Its
    # full collections otherwise walk every module's objects while the first screen is built (~15 ms).
    gc.freeze()
    app.run()
    return app.return_code or 0


def open_store(database: Path) -> SessionStore:
    """The session store on this database file (imports sqlite-utils and the event models)."""
    from interview.storage import SessionStore, open_database

    return SessionStore(open_database(database, writing=True))  # interviews are written: checked first


def run_tui(database: Path, start: Start | None = None) -> int:
    """Run the app on a database until the person quits (every answer is stored as it is given)."""
    return run_app(make_app(open_store(database), start))


def run_tui_as(database: Path, user: str) -> int:
    """The served app as a signed-in account: a store that sees only what the account may see, and
    the account's role (a trainee practises only); a researcher never gets the app."""
    from interview.storage import SessionStore, open_database
    from interview.storage.users import UserStore

    db = open_database(database)
    stored = UserStore(db).find(user)
    if stored is None or not stored.account.opens_the_app:
        print(f"interview: the account '{user}' cannot open the interview app", file=sys.stderr)
        return 1
    return run_app(make_app(SessionStore.for_account(db, stored.account), account=stored.account))


def tui_command(args: argparse.Namespace) -> int:
    """The TUI for `interview`, `interview run SCRIPT`, `interview resume SESSION` or `practice CASE`."""
    database = database_path(args.db)
    if args.command == "run":
        # Paint first: the store is opened (and the session created) once the engine has loaded
        # after the first paint; the database file is checked now, so a problem is one line as before.
        start = Start(script_path=script_to_run(args.script), patient_label=args.patient or "")
        owner_only_file(database)
        return run_app(make_app(lambda: open_store(database), start))
    store = open_store(database)
    opened: Start | None = None
    if args.command == "resume":
        session_id = store.resolve(args.session)  # an unknown id fails here, before the screen
        store.claim(session_id)  # so does a session open in another process (one line: who has it)
        opened = Start(resume=session_id)
    elif args.command == "practice":
        # Imported here: the practice modules cost ~120 ms, which run, resume and Home need not pay.
        from interview.errors import UserError
        from interview.practice import CaseError, find_case, load_case
        from interview.tui.screens.practice import PracticeChoice

        try:  # an unknown or broken case fails here, before the screen, as in plain mode
            case = find_case(args.case)
            load_case(case)
        except CaseError as error:
            raise UserError(str(error)) from None
        opened = Start(practice=PracticeChoice(case, args.trainee or ""))
    return run_app(make_app(store, opened))
