"""Sharing one database: many writers at once all succeed, and each session has one writer at a time."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from interview.events import NoteAdded
from interview.storage import SessionBusy, SessionStore, StorageError, open_database
from interview.storage.migrations import MIGRATIONS, schema_version
from tests.cli.test_kill_and_resume import read_until_prompt
from tests.storage.test_sessions import new_session

ROOT = Path(__file__).resolve().parents[2]


def interview(database: Path, *args: str) -> list[str]:
    """The command line `interview --db DATABASE ARGS`."""
    return [sys.executable, "-m", "interview", "--db", str(database), *args]


def environment(lease_seconds: float) -> dict[str, str]:
    return {**os.environ, "INTERVIEW_LEASE_SECONDS": str(lease_seconds)}


@pytest.mark.slow
def test_eight_interview_processes_on_one_database_lose_nothing_and_fail_never() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "concurrent_interviews.py"),
         "--processes", "8", "--seconds", "6", "--json"],
        capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    figures = json.loads(result.stdout)
    assert figures["errors"] == 0, figures["error_reasons"]
    assert figures["answers_lost"] == 0
    assert figures["interviews_finished"] >= 8  # every process finished at least one interview


def test_a_second_writer_of_a_session_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    first = SessionStore(open_database(path))
    session_id, _ = new_session(first)
    second = SessionStore(open_database(path))
    before = len(second.events(session_id))
    with pytest.raises(SessionBusy) as refused:
        second.append(session_id, [NoteAdded(key="q", text="from the second tab")])
    message = str(refused.value)
    assert f"session {session_id} is open elsewhere" in message
    assert f"process {os.getpid()}" in message and " since " in message
    assert len(second.events(session_id)) == before
    with pytest.raises(SessionBusy):
        second.claim(session_id)


def test_a_released_session_can_be_taken_by_another_writer_at_once(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    first = SessionStore(open_database(path))
    session_id, _ = new_session(first)
    first.release(session_id)
    second = SessionStore(open_database(path))
    second.claim(session_id)
    with pytest.raises(SessionBusy):
        first.append(session_id, [NoteAdded(key="q", text="too late")])


@pytest.mark.slow
def test_a_killed_holders_lease_expires_and_the_session_resumes(tmp_path: Path) -> None:
    database = tmp_path / "lease.db"
    lease = environment(2.0)
    started = subprocess.run(
        interview(database, "run", "sample", "--plain"), input="yes\n", capture_output=True, text=True,
        env=lease, timeout=60, check=True,
    )  # fmt: skip
    session_id = started.stdout.split()[1]
    holder = subprocess.Popen(
        interview(database, "resume", session_id, "--plain"),
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=lease,
    )  # fmt: skip
    try:
        read_until_prompt(holder, time.monotonic() + 60)  # it holds the session, waiting for an answer
        time.sleep(2.5)  # longer than the lease: only the holder's renewals keep it
        refused = subprocess.run(
            interview(database, "resume", session_id, "--plain"), stdin=subprocess.DEVNULL,
            capture_output=True, text=True, env=lease, timeout=60,
        )  # fmt: skip
        assert refused.returncode == 1
        assert f"process {holder.pid}" in refused.stderr and "since" in refused.stderr
        assert "Traceback" not in refused.stderr
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
    time.sleep(2.5)  # the lease outlives its last renewal by 2 s
    resumed = subprocess.run(
        interview(database, "resume", session_id, "--plain"), input="the patient\n", capture_output=True,
        text=True, env=lease, timeout=60,
    )  # fmt: skip
    assert resumed.returncode == 0, resumed.stderr
    assert "Resume with" in resumed.stdout


def test_a_write_waits_for_another_processs_write_to_end(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    store = SessionStore(open_database(path))
    session_id, _ = new_session(store)
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the lock for a moment
    threading.Timer(0.5, lambda: other.execute("COMMIT")).start()
    store.append(session_id, [NoteAdded(key="q", text="waited its turn")])
    last = store.events(session_id)[-1]
    assert isinstance(last, NoteAdded) and last.text == "waited its turn"


def test_a_lock_held_beyond_the_retries_is_one_clear_error_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "x.db"
    store = SessionStore(open_database(path))
    session_id, _ = new_session(store)
    before = len(store.events(session_id))
    store.db.execute("PRAGMA busy_timeout = 20")
    monkeypatch.setattr("interview.storage.writes.ATTEMPTS", 2)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError, match="stayed locked by another process"):
            store.append(session_id, [NoteAdded(key="q", text="not now")])
    finally:
        other.execute("ROLLBACK")
    assert len(store.events(session_id)) == before


def test_many_stores_creating_one_new_database_at_once_apply_each_migration_once(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            open_database(path)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=open_it) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert schema_version(open_database(path)) == len(MIGRATIONS)
