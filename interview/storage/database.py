"""Open the interview database: one place, owner-only file mode, WAL with full fsync, migrations applied."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlite_utils

from interview.errors import InterviewError
from interview.storage.migrations import migrate


class StorageError(InterviewError):
    """The database cannot be opened or written; the message says what to do."""


def open_database(path: Path) -> sqlite_utils.Database:
    """Open (creating if needed) the database at `path`, readable by its owner only."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # create the file with mode 0600 before SQLite does, which would use the umask (often 0644)
        os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
        os.chmod(path, 0o600)
        db = sqlite_utils.Database(path)
        # WAL + synchronous=FULL: each committed answer survives a power cut (~0.2 ms per commit here)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA busy_timeout=5000")
        migrate(db)
    except (OSError, sqlite3.DatabaseError) as error:
        raise StorageError(f"cannot open the database {path}: {error}") from None
    return db
