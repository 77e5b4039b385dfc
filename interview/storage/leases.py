"""One writer per session: a lease in the database names the process writing a session, and expires.

A process takes a session's lease with its first write (or on `claim`) and renews it from a daemon
thread while it lives; a second process is refused with who holds it and since when. A process that
is killed stops renewing, so its lease runs out after LEASE_SECONDS and the session can be resumed.
"""

from __future__ import annotations

import getpass
import os
import secrets
import socket
import sqlite3
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlite_utils

from interview.errors import InterviewError


def lease_seconds() -> float:
    """How long a lease outlives its holder's last renewal ($INTERVIEW_LEASE_SECONDS, default 60)."""
    try:
        return max(1.0, float(os.environ.get("INTERVIEW_LEASE_SECONDS", "60")))
    except ValueError:
        return 60.0


class SessionBusy(InterviewError):
    """Another process is writing this session; the message names it and says when to try again."""


@dataclass(frozen=True)
class Holder:
    """Who writes: one per open store (a process), told apart by a random token."""

    token: str
    user: str
    host: str
    pid: int

    @classmethod
    def this_process(cls) -> Holder:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):  # no passwd entry (some containers)
            user = str(os.getuid())
        return cls(secrets.token_hex(8), user, socket.gethostname(), os.getpid())


def _iso(moment: float) -> str:
    return datetime.fromtimestamp(moment, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def take(db: sqlite_utils.Database, session_id: str, holder: Holder) -> None:
    """Take or renew the lease; inside the caller's write transaction (so check and take are one step)."""
    now = time.time()
    row = db.execute(
        "SELECT token, user, host, pid, since, expires FROM session_leases WHERE session_id = ?",
        [session_id],
    ).fetchone()
    if row is not None and row[0] != holder.token and float(row[5]) > now:
        _, user, host, pid, since, expires = row
        raise SessionBusy(
            f"session {session_id} is open elsewhere: by {user} on {host} (process {pid}) since "
            f"{_iso(float(since))}; only one writer at a time. Close it there; if that process has "
            f"ended, its lease runs out at {_iso(float(expires))} and the session can be resumed then"
        )
    since = float(row[4]) if row is not None and row[0] == holder.token else now
    db.execute(
        "INSERT OR REPLACE INTO session_leases (session_id, token, user, host, pid, since, expires) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [session_id, holder.token, holder.user, holder.host, holder.pid, since, now + lease_seconds()],
    )


def give_up(db: sqlite_utils.Database, session_id: str, holder: Holder) -> None:
    """Drop the lease if this holder has it (inside the caller's write transaction)."""
    db.execute("DELETE FROM session_leases WHERE session_id = ? AND token = ?", [session_id, holder.token])


class LeaseKeeper:
    """Renews a holder's leases every third of their life, on its own connection, from a daemon thread.

    The interview waits for a person between turns, often minutes; the lease must outlive that wait
    while the process lives, and only then.
    """

    def __init__(self, path: str, holder: Holder) -> None:
        self.path = path
        self.holder = holder
        self.sessions: set[str] = set()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def keep(self, session_id: str) -> None:
        with self._lock:
            self.sessions.add(session_id)
            if self._thread is None and self.path:
                self._thread = threading.Thread(target=self._run, name="session-lease", daemon=True)
                self._thread.start()

    def drop(self, session_id: str) -> None:
        with self._lock:
            self.sessions.discard(session_id)

    def _run(self) -> None:
        connection = sqlite3.connect(self.path, timeout=5, isolation_level=None)
        while True:
            time.sleep(lease_seconds() / 3)
            with self._lock:
                held = sorted(self.sessions)
                if not held:  # nothing left to keep: the thread ends (a later keep starts another)
                    self._thread = None
                    connection.close()
                    return
            try:
                connection.executemany(
                    "UPDATE session_leases SET expires = ? WHERE session_id = ? AND token = ?",
                    [(time.time() + lease_seconds(), session, self.holder.token) for session in held],
                )
            except sqlite3.Error:
                continue  # busy or gone for a moment: the next round renews (a lease lasts 3 rounds)
