"""The accounts table: who may sign in to `interview serve`, and with which role (hashes, never passwords)."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from interview.accounts import Account, Role
from interview.engine.events import now_utc
from interview.errors import InterviewError


class AccountError(InterviewError):
    """An account cannot be added, found or changed; the message says why."""


@dataclass(frozen=True)
class StoredAccount:
    """An account row: the account, its password hash and when it was made."""

    account: Account
    password_hash: str
    created_at: str


class UserStore:
    """Reads and changes the accounts of one database."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def add(self, account: Account, password_hash: str) -> None:
        """Store a new account; an existing name is refused (remove it first, or change its password)."""
        if self.find(account.name) is not None:
            raise AccountError(f"there is already an account '{account.name}'")
        at = now_utc()
        with self.db.atomic():
            self.db.table("users").insert(
                {
                    "name": account.name,
                    "role": account.role.value,
                    "all_sessions": int(account.all_sessions),
                    "password_hash": password_hash,
                    "created_at": at,
                    "password_changed_at": at,
                }
            )

    def remove(self, name: str) -> None:
        """Delete the account (its sessions keep their owner's name, so the audit trail still reads)."""
        self.get(name)
        with self.db.atomic():
            self.db.execute("DELETE FROM users WHERE name = ?", [name])

    def set_password(self, name: str, password_hash: str) -> None:
        self.get(name)
        with self.db.atomic():
            self.db.execute(
                "UPDATE users SET password_hash = ?, password_changed_at = ? WHERE name = ?",
                [password_hash, now_utc(), name],
            )

    def find(self, name: str) -> StoredAccount | None:
        """The account of this name, if there is one."""
        row = self.db.execute(
            "SELECT name, role, all_sessions, password_hash, created_at FROM users WHERE name = ?", [name]
        ).fetchone()
        return None if row is None else _stored(row)

    def get(self, name: str) -> StoredAccount:
        found = self.find(name)
        if found is None:
            raise AccountError(f"no account '{name}' (see `interview users list`)")
        return found

    def all(self) -> list[StoredAccount]:
        """Every account, by name."""
        rows = self.db.execute(
            "SELECT name, role, all_sessions, password_hash, created_at FROM users ORDER BY name"
        ).fetchall()
        return [_stored(row) for row in rows]

    def count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM users").fetchone()[0])


def _stored(row: tuple[str, str, int, str, str]) -> StoredAccount:
    name, role, all_sessions, password_hash, created_at = row
    return StoredAccount(Account(name, Role(role), bool(all_sessions)), password_hash, created_at)
