"""Sessions and their append-only event log: each turn's events are committed together, before display."""

from __future__ import annotations

import contextlib
import json
import secrets
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from interview.accounts.roles import Account
from interview.errors import InterviewError
from interview.events import Event, SessionStarted, event_from_json, event_to_json, now_utc
from interview.printable import printable_line
from interview.storage.files import StorageError
from interview.storage.leases import Holder, LeaseKeeper, give_up, take
from interview.storage.writes import database_file, immediate


class UnknownSession(InterviewError, LookupError):
    """No session matches the id given."""


@dataclass(frozen=True)
class SessionSummary:
    """A session as listed: derived from its events, never stored twice."""

    id: str
    patient_label: str
    script_id: str
    script_version: str
    started_at: str
    last_activity: str
    status: str
    """in progress, paused or finished."""


class SessionStore:
    """Reads and appends sessions in one database, as everyone (the terminal) or as one account.

    A store made `for_account` is that account's view: the sessions it starts are owned by it, and
    every read (lists, ids, events) sees only its own sessions unless the account sees all of them.
    Another account's session is then as unknown as a session that does not exist.
    """

    def __init__(self, db: sqlite_utils.Database, owner: str | None = None, sees_all: bool = True) -> None:
        self.db = db
        self.holder = Holder.this_process()
        """This store's process, as its session leases name it."""
        self._keeper = LeaseKeeper(database_file(db), self.holder)
        self.owner = owner
        """Who new sessions belong to and who audited actions are by; None at the terminal."""
        self.sees_all = sees_all

    @classmethod
    def for_account(cls, db: sqlite_utils.Database, account: Account) -> SessionStore:
        """The store as `account` sees it in the served app."""
        return cls(db, owner=account.name, sees_all=account.sees_all_sessions)

    def _scope(self, column: str = "s.owner") -> tuple[str, list[str]]:
        """A SQL condition (and its parameters) keeping only the sessions this store may see."""
        if self.sees_all:
            return "1", []
        return f"{column} = ?", [self.owner or ""]

    def visible(self, session_id: str) -> bool:
        """Whether this store may read and write the session."""
        condition, params = self._scope("owner")
        row = self.db.execute(
            f"SELECT 1 FROM sessions WHERE id = ? AND {condition}", [session_id, *params]
        ).fetchone()
        return row is not None

    def _require_visible(self, session_id: str) -> None:
        if not self.sees_all and not self.visible(session_id):
            raise UnknownSession(f"no session '{session_id}'")

    def create_begun(self, first_events: Sequence[Event], script_source: str) -> str:
        """Store the session a conversation's first reply begins (its first event is SessionStarted);
        the events themselves are appended by the caller, as every turn's are."""
        started = first_events[0]
        if not isinstance(started, SessionStarted):
            raise TypeError(f"a conversation begins with session_started, not {started.kind}")
        return self.create(started, script_source)

    def create(self, started: SessionStarted, script_source: str) -> str:
        """Store a new session with the exact script text it runs (its events are appended later)."""
        session_id = secrets.token_hex(4)
        with immediate(self.db, "cannot store the new session"):
            self.db.table("scripts").insert(
                {
                    "digest": started.script_digest,
                    "script_id": started.script_id,
                    "version": started.script_version,
                    "source": script_source,
                    "stored_at": now_utc(),
                },
                ignore=True,
            )
            self.db.table("sessions").insert(
                {
                    "id": session_id,
                    "script_digest": started.script_digest,
                    "script_id": started.script_id,
                    "script_version": started.script_version,
                    "patient_label": started.patient_label,
                    "started_at": started.at,
                    "owner": self.owner,
                }
            )
            take(self.db, session_id, self.holder)
            if self.owner is not None:  # a signed-in account started it: who did what
                self._audit_row("session_started", {"session": session_id}, self.owner)
        self._keeper.keep(session_id)
        return session_id

    def append(self, session_id: str, events: list[Event]) -> None:
        """Commit one turn's events together; when this returns they are on disk.

        The turn is written only while this process holds the session's lease (taken here if free):
        a session open in another process raises SessionBusy and nothing is written.
        """
        if not events:
            return
        self._require_visible(session_id)
        with immediate(self.db):
            take(self.db, session_id, self.holder)
            row = self.db.execute(
                "SELECT COALESCE(MAX(seq), 0) FROM events WHERE session_id = ?", [session_id]
            ).fetchone()
            first = int(row[0]) + 1
            self.db.table("events").insert_all(
                {
                    "session_id": session_id,
                    "seq": first + offset,
                    "at": event.at,
                    "kind": event.kind,
                    "key": getattr(event, "key", ""),
                    "payload": event_to_json(event),
                }
                for offset, event in enumerate(events)
            )

        self._keeper.keep(session_id)

    def claim(self, session_id: str) -> None:
        """Become the session's one writer (SessionBusy, naming the holder, if another process is)."""
        self._require_visible(session_id)
        with immediate(self.db, "cannot open the session"):
            take(self.db, session_id, self.holder)
        self._keeper.keep(session_id)

    def release(self, session_id: str) -> None:
        """Stop writing the session: another process may open it at once.

        A release that cannot be written (a full disk) is left to expire by itself: it must not hide
        the error that ended the interview."""
        self._keeper.drop(session_id)
        with contextlib.suppress(StorageError), immediate(self.db, "cannot close the session"):
            give_up(self.db, session_id, self.holder)

    def events(self, session_id: str) -> list[Event]:
        """Every event of a session, in order."""
        self._require_visible(session_id)
        rows = self.db.execute(
            "SELECT payload FROM events WHERE session_id = ? ORDER BY seq", [session_id]
        ).fetchall()
        return [event_from_json(payload) for (payload,) in rows]

    def events_of_kinds(self, kinds: Collection[str]) -> dict[str, list[Event]]:
        """Only the events of these kinds, for every session that has any, each session's in order.

        Lists that need one fact per session (the safety alerts) read a few rows this way instead of
        replaying every session's whole log.
        """
        marks = ", ".join("?" for _ in kinds)
        condition, params = self._scope()
        rows = self.db.execute(
            f"SELECT e.session_id, e.payload FROM events e JOIN sessions s ON s.id = e.session_id "
            f"WHERE e.kind IN ({marks}) AND {condition} ORDER BY e.session_id, e.seq",
            [*kinds, *params],
        ).fetchall()
        found: dict[str, list[Event]] = {}
        for session_id, payload in rows:
            found.setdefault(session_id, []).append(event_from_json(payload))
        return found

    def resolve(self, prefix: str) -> str:
        """The full id of the one session whose id starts with `prefix`."""
        wanted = prefix.strip()
        if not wanted.isascii():  # ids are hex: a prefix that is not ASCII (or not text) matches none
            raise UnknownSession(f"no session '{shown_id(prefix)}' (see `interview sessions`)")
        # compared as text, not with LIKE: '%' and '_' are characters of the prefix, and a very long
        # prefix is no pattern to compile (LIKE refused 100,000 characters with "too complex")
        condition, params = self._scope("owner")
        rows = self.db.execute(
            f"SELECT id FROM sessions WHERE substr(id, 1, ?) = ? AND {condition} ORDER BY id LIMIT 6",
            [len(wanted), wanted, *params],
        ).fetchall()
        shown = shown_id(prefix)
        if not wanted or not rows:
            raise UnknownSession(f"no session '{shown}' (see `interview sessions`)")
        if len(rows) > 1:
            ids = ", ".join(r[0] for r in rows[:5])
            raise UnknownSession(f"'{shown}' matches several sessions ({ids}); give more characters")
        return str(rows[0][0])

    def script_source(self, session_id: str) -> str:
        """The exact script text the session started with."""
        self._require_visible(session_id)
        row = self.db.execute(
            "SELECT s.source FROM sessions JOIN scripts s ON s.digest = sessions.script_digest "
            "WHERE sessions.id = ?",
            [session_id],
        ).fetchone()
        if row is None:
            raise UnknownSession(f"no session '{session_id}'")
        return str(row[0])

    def summaries(self) -> list[SessionSummary]:
        """Every session with its status and last activity, newest first."""
        condition, params = self._scope()
        rows = self.db.execute(_SUMMARY_SQL.format(where=f"WHERE {condition}"), params).fetchall()
        return [SessionSummary(*row) for row in rows]

    def summary(self, session_id: str) -> SessionSummary:
        """One session as `summaries` lists it, reading only that session's events."""
        condition, params = self._scope()
        row = self.db.execute(
            _SUMMARY_SQL.format(where=f"WHERE s.id = ? AND {condition}"), [session_id, *params]
        ).fetchone()
        if row is None:
            raise UnknownSession(f"no session '{session_id}'")
        return SessionSummary(*row)

    def audit(self, action: str, detail: dict[str, Any], actor: str | None = None) -> None:
        """Record an action on the data (exports, identified access, sign-ins) in the audit log, with
        who did it: `actor`, else this store's account (None at the terminal)."""
        with immediate(self.db, "cannot write the audit log"):
            self._audit_row(action, detail, actor or self.owner)

    def _audit_row(self, action: str, detail: dict[str, Any], actor: str | None) -> None:
        row = {"at": now_utc(), "action": action, "detail": json.dumps(detail), "actor": actor}
        self.db.table("audit").insert(row)


def shown_id(text: str, longest: int = 40) -> str:
    """A session id as typed, for a message: control characters escaped, a long one cut."""
    escaped = printable_line(text)
    return escaped if len(escaped) <= longest else escaped[: longest - 1] + "…"


_SUMMARY_SQL = """
SELECT s.id, s.patient_label, s.script_id, s.script_version, s.started_at,
       COALESCE(MAX(e.at), s.started_at) AS last_activity,
       CASE (SELECT kind FROM events WHERE session_id = s.id
             AND kind IN ('finished', 'session_ended', 'paused', 'resumed', 'question_asked')
             ORDER BY seq DESC LIMIT 1)
            WHEN 'finished' THEN 'finished'
            WHEN 'session_ended' THEN 'ended after a safety alert'
            WHEN 'paused' THEN 'paused'
            ELSE 'in progress' END AS status
FROM sessions s LEFT JOIN events e ON e.session_id = s.id
{where}
GROUP BY s.id
ORDER BY last_activity DESC
"""
