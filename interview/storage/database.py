"""Open the interview database: one place, owner-only file mode, WAL with full fsync, migrations applied."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from interview.storage.files import StorageError, owner_only_file
from interview.storage.migrations import migrate

__all__ = ["StorageError", "open_database"]


def open_database(path: Path) -> sqlite_utils.Database:
    """Open (creating if needed) the database at `path`, readable by its owner only."""
    owner_only_file(path)
    try:
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
