"""The database schema, as numbered migrations applied in order (PRAGMA user_version records the last)."""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from interview.storage.files import StorageError
from interview.storage.writes import immediate


def _initial(db: sqlite_utils.Database) -> None:
    db.table("scripts").create(
        {"digest": str, "script_id": str, "version": str, "source": str, "stored_at": str},
        pk="digest",
    )
    db.table("sessions").create(
        {
            "id": str,
            "script_digest": str,
            "script_id": str,
            "script_version": str,
            "patient_label": str,
            "started_at": str,
        },
        pk="id",
        foreign_keys=[("script_digest", "scripts", "digest")],
    )
    db.table("events").create(
        {"id": int, "session_id": str, "seq": int, "at": str, "kind": str, "key": str, "payload": str},
        pk="id",
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db.table("events").create_index(["session_id", "seq"], unique=True)
    db.table("audit").create({"id": int, "at": str, "action": str, "detail": str}, pk="id")


def _practice_attempts(db: sqlite_utils.Database) -> None:
    """Schema 2: one row per practice attempt, so a trainee sees progress over attempts."""
    db.table("practice_attempts").create(
        {
            "id": int,
            "case_id": str,
            "case_title": str,
            "trainee": str,
            "session_id": str,
            "finished_at": str,
            "completed": int,
            "items_scored": int,
            "items_agreed": int,
            "percent": float,
            "kappa": float,
            "staging_rows": int,
            "staging_same": int,
            "detail": str,
        },
        pk="id",
        foreign_keys=[("session_id", "sessions", "id")],
        not_null={"case_id", "finished_at"},
    )
    db.table("practice_attempts").create_index(["trainee", "case_id"])


def _accounts(db: sqlite_utils.Database) -> None:
    """Schema 3: accounts for `interview serve`, each session's owner, and who did each audited action.

    Sessions started at the terminal have no owner (NULL): only accounts that see every session see them.
    """
    db.table("users").create(
        {
            "name": str,
            "role": str,
            "all_sessions": int,
            "password_hash": str,
            "created_at": str,
            "password_changed_at": str,
        },
        pk="name",
        not_null={"role", "password_hash", "created_at"},
        defaults={"all_sessions": 0},
    )
    db.table("sessions").add_column("owner", str)
    db.table("sessions").create_index(["owner"])
    db.table("audit").add_column("actor", str)


def _session_leases(db: sqlite_utils.Database) -> None:
    """Schema 4: who is writing each open session, until when (interview.storage.leases)."""
    db.table("session_leases").create(
        {
            "session_id": str,
            "token": str,
            "user": str,
            "host": str,
            "pid": int,
            "since": float,
            "expires": float,
        },
        pk="session_id",
        not_null={"token", "expires"},
    )


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _initial,
    _practice_attempts,
    _accounts,
    _session_leases,
]
"""Never edit a migration that has shipped; append a new one (and a CHANGELOG entry)."""


def schema_version(db: sqlite_utils.Database) -> int:
    """The number of migrations applied."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database) -> None:
    """Apply every migration not yet applied, each in its own transaction.

    Each takes the write lock first and reads the version again under it: several processes opening
    a new database at once apply each migration once, the others waiting and then finding it done.
    """
    _check_known(schema_version(db))
    for number in range(schema_version(db) + 1, len(MIGRATIONS) + 1):
        with immediate(db, "cannot update the database schema"):
            current = schema_version(db)
            _check_known(current)
            if current >= number:
                continue  # another process applied it while this one waited
            MIGRATIONS[current](db)
            db.execute(f"PRAGMA user_version = {current + 1}")


def _check_known(version: int) -> None:
    if version > len(MIGRATIONS):
        raise StorageError(
            f"this database was written by a newer version of interview (schema {version}, this "
            f"version knows 1 to {len(MIGRATIONS)}); upgrade interview"
        )
    if version < 0:
        raise StorageError(f"this database has an unknown schema number ({version}); it is not interview's")
