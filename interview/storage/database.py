"""Open the interview database: one place, owner-only file mode, WAL with full fsync, migrations applied."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from interview.storage.files import StorageError, owner_only_file
from interview.storage.migrations import migrate
from interview.storage.writes import BUSY_TIMEOUT_MS, DAMAGED, database_problem

__all__ = ["StorageError", "open_database"]


def open_database(path: Path, writing: bool = False) -> sqlite_utils.Database:
    """Open (creating if needed) the database at `path`, readable by its owner only.

    `writing`: an interview will be written into it, so it is checked first (`PRAGMA quick_check`,
    a few ms): a damaged file is refused rather than written further.
    """
    owner_only_file(path)
    try:
        db = sqlite_utils.Database(path)
        # first, so that every statement after it (journal mode, migrations) waits for other writers
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # WAL + synchronous=FULL: each committed answer survives a power cut (~0.2 ms per commit here)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA foreign_keys=ON")
        if writing:
            _refuse_damaged(db, path)
        migrate(db)
    except sqlite3.Error as error:
        raise database_problem(error, f"cannot open the database {path}", str(path)) from None
    except OSError as error:
        raise StorageError(f"cannot open the database {path}: {error}") from None
    return db


def _refuse_damaged(db: sqlite_utils.Database, path: Path) -> None:
    found = [row[0] for row in db.execute("PRAGMA quick_check(1)").fetchall()]
    if found != ["ok"]:
        raise StorageError(f"cannot write to the database {path}: {DAMAGED.replace('FILE', str(path))}")
