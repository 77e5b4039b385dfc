"""Practice attempts: one row per attempt at a practice case, for a trainee's progress over time."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from interview.events import now_utc
from interview.storage.writes import immediate


@dataclass(frozen=True)
class AttemptSummary:
    """One stored attempt: the headline figures (details stay in the row's JSON)."""

    id: int
    case_id: str
    case_title: str
    trainee: str
    session_id: str | None
    finished_at: str
    completed: bool
    items_scored: int
    items_agreed: int
    percent: float | None
    kappa: float | None
    staging_rows: int
    staging_same: int


@dataclass(frozen=True)
class NewAttempt:
    """The figures of an attempt to store (what the practice results reduce to)."""

    case_id: str
    case_title: str
    trainee: str
    session_id: str | None
    completed: bool
    items_scored: int
    items_agreed: int
    percent: float | None
    kappa: float | None
    staging_rows: int
    staging_same: int
    detail: dict[str, Any]
    """Per-section figures and the disagreements, as JSON."""


class PracticeAttempts:
    """Reads and appends practice attempts in one database."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def add(self, attempt: NewAttempt) -> int:
        """Store an attempt; returns its id."""
        row = {
            "case_id": attempt.case_id,
            "case_title": attempt.case_title,
            "trainee": attempt.trainee,
            "session_id": attempt.session_id,
            "finished_at": now_utc(),
            "completed": int(attempt.completed),
            "items_scored": attempt.items_scored,
            "items_agreed": attempt.items_agreed,
            "percent": attempt.percent,
            "kappa": attempt.kappa,
            "staging_rows": attempt.staging_rows,
            "staging_same": attempt.staging_same,
            "detail": json.dumps(attempt.detail),
        }
        with immediate(self.db, "cannot store the practice attempt"):
            cursor = self.db.execute(
                f"INSERT INTO practice_attempts ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
            return int(cursor.lastrowid or 0)

    def history(self, trainee: str | None = None, case_id: str | None = None) -> list[AttemptSummary]:
        """Attempts, oldest first; optionally one trainee's, or one case's."""
        sql = f"SELECT {', '.join(_COLUMNS)} FROM practice_attempts WHERE 1=1"
        params: list[str] = []
        if trainee is not None:
            sql += " AND trainee = ?"
            params.append(trainee)
        if case_id is not None:
            sql += " AND case_id = ?"
            params.append(case_id)
        rows = self.db.execute(sql + " ORDER BY finished_at, id", params).fetchall()
        return [_summary(row) for row in rows]

    def detail(self, attempt_id: int) -> dict[str, Any]:
        """The stored detail of one attempt (empty if there is no such attempt)."""
        row = self.db.execute("SELECT detail FROM practice_attempts WHERE id = ?", [attempt_id]).fetchone()
        return dict(json.loads(row[0])) if row else {}


_COLUMNS = (
    "id", "case_id", "case_title", "trainee", "session_id", "finished_at", "completed",
    "items_scored", "items_agreed", "percent", "kappa", "staging_rows", "staging_same",
)  # fmt: skip


def _summary(row: tuple[Any, ...]) -> AttemptSummary:
    values = dict(zip(_COLUMNS, row, strict=True))
    values["completed"] = bool(values["completed"])
    return AttemptSummary(**values)
