"""What every command shares: user errors with a one-line message, and opening the database."""

from __future__ import annotations

import argparse

from interview.locations import database_path
from interview.storage import SessionStore, open_database


class UserError(Exception):
    """A problem the user can fix; printed as one line on stderr with exit status 1."""


def open_store(args: argparse.Namespace) -> SessionStore:
    """The session store of --db / $INTERVIEW_DB / the per-user default."""
    return SessionStore(open_database(database_path(args.db)))
