"""Write transactions that many processes can share: each takes the write lock first and waits its turn.

A plain `BEGIN` (what `db.atomic()` issues) reads first and asks for the write lock only at its first
INSERT; when another process committed in between, SQLite cannot wait (the read snapshot is stale)
and fails at once with "database is locked", busy_timeout or not. `BEGIN IMMEDIATE` takes the lock
before reading, so the busy timeout applies, and a bounded retry covers a writer slower than it.
Transactions stay short (one turn's events, ~1 ms), and checkpoints never block a writer: SQLite's
automatic checkpoint is PASSIVE, copying what no reader still needs and leaving the rest for later.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import sqlite_utils

from interview.storage.files import StorageError

BUSY_TIMEOUT_MS = 5000
"""How long one BEGIN IMMEDIATE waits for another process's write (SQLite's own busy handler)."""

ATTEMPTS = 6
"""BEGIN IMMEDIATE tries before giving up: about 30 s of waiting in all (a turn commits in ~1 ms)."""


def database_problem(error: sqlite3.Error, doing: str, path: str = "the database file") -> StorageError:
    """The one-line message for an SQLite failure (of the database at `path`): what happened, and
    what to do about it."""
    text = str(error)
    if "full" in text:
        return StorageError(
            f"{doing}: the disk is full; free some space and try again (everything stored before "
            "is kept; a session resumes at the question where it stopped)"
        )
    if "locked" in text or "busy" in text:
        return StorageError(
            f"{doing}: the database stayed locked by another process for over "
            f"{ATTEMPTS * BUSY_TIMEOUT_MS // 1000} s; try again (nothing stored is lost)"
        )
    if isinstance(error, sqlite3.DatabaseError) and ("malformed" in text or "not a database" in text):
        return StorageError(f"{doing}: {DAMAGED.replace('FILE', path)}")
    return StorageError(f"{doing}: {text}")


DAMAGED = (
    "the database file is damaged, so nothing more is written to it. Keep it as it is; go back to "
    "its last good state by restoring your latest backup of FILE, or recover what it still holds "
    "into a new file with the SQLite shell (`sqlite3 FILE .recover | sqlite3 FILE.recovered`) and "
    "continue with `--db FILE.recovered`"
)
"""FILE stands for the database's path."""


def database_file(db: sqlite_utils.Database) -> str:
    """The database's file ('' in memory): for messages, and for the lease keeper's own connection."""
    for _, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return str(file or "")
    return ""


def _is_busy(error: sqlite3.OperationalError) -> bool:
    return "locked" in str(error) or "busy" in str(error)


@contextmanager
def immediate(db: sqlite_utils.Database, doing: str = "cannot store the answer") -> Iterator[None]:
    """One short write transaction, begun with the write lock held; committed when the block ends.

    Inside an already open transaction it is a savepoint of that one (as `db.atomic()` is).
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    _begin(db, doing)
    try:
        yield
    except BaseException as error:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        if isinstance(error, sqlite3.Error) and not isinstance(error, sqlite3.IntegrityError):
            raise database_problem(error, doing, database_file(db)) from None
        raise
    try:
        db.conn.execute("COMMIT")
    except sqlite3.Error as error:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise database_problem(error, doing, database_file(db)) from None


def _begin(db: sqlite_utils.Database, doing: str, sleep: Callable[[float], None] = time.sleep) -> None:
    for attempt in range(ATTEMPTS):
        try:
            db.conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as error:
            if not _is_busy(error) or attempt == ATTEMPTS - 1:
                raise database_problem(error, doing, database_file(db)) from None
            sleep(0.05 * (attempt + 1))  # the busy handler already waited; a short pause, then again
        except sqlite3.DatabaseError as error:
            raise database_problem(error, doing, database_file(db)) from None
