"""The event log in SQLite: private, durable, append-only, and the source of every listing."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from interview.engine import Conversation
from interview.events import Paused
from interview.storage import SessionStore, StorageError, UnknownSession, open_database
from interview.storage.migrations import MIGRATIONS, schema_version
from tests.engine.flows import TODAY, TREATMENT, load


def new_session(store: SessionStore) -> tuple[str, Conversation]:
    script = load(TREATMENT)
    conversation, first = Conversation.start(script, "P1", today=lambda: TODAY)
    session_id = store.create_begun(first.events, script.source_text)
    store.append(session_id, first.events)
    return session_id, conversation


def test_a_session_is_created_only_from_a_conversations_beginning(tmp_path: Path) -> None:
    store = SessionStore(open_database(tmp_path / "interview.db"))
    with pytest.raises(TypeError, match="begins with session_started, not paused"):
        store.create_begun([Paused(at="2026-11-21T10:00:00Z")], "id: x")
    assert store.summaries() == []


def test_the_database_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "private" / "interview.db"
    store = SessionStore(open_database(path))
    new_session(store)
    for file in [path, *path.parent.glob("interview.db-*")]:
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file.name
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_the_journal_is_wal_with_full_synchronous_commits(tmp_path: Path) -> None:
    db = open_database(tmp_path / "x.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_migrations_run_once_and_opening_again_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    open_database(path)
    db = open_database(path)
    assert schema_version(db) == len(MIGRATIONS)
    assert set(db.table_names()) >= {"scripts", "sessions", "events", "audit"}


def test_a_database_from_a_newer_version_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    open_database(path).execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(StorageError, match="newer version"):
        open_database(path)


def test_an_unwritable_location_is_a_clear_storage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(StorageError, match="cannot open the database"):
        open_database(blocker / "sub" / "x.db")


def test_events_round_trip_in_order_and_replay_to_the_same_question(tmp_path: Path) -> None:
    store = SessionStore(open_database(tmp_path / "x.db"))
    session_id, conversation = new_session(store)
    for line in ("yes", "Sam", "yes", "sertraline"):
        store.append(session_id, conversation.handle(line).events)
    events = store.events(session_id)
    replayed = Conversation.replay(conversation.script, events)
    assert replayed.current == conversation.current
    seqs = [row[0] for row in store.db.execute("SELECT seq FROM events ORDER BY id").fetchall()]
    assert seqs == list(range(1, len(events) + 1))


def test_the_session_keeps_the_exact_script_text_it_started_with(tmp_path: Path) -> None:
    store = SessionStore(open_database(tmp_path / "x.db"))
    session_id, conversation = new_session(store)
    assert store.script_source(session_id) == conversation.script.source_text


def test_sessions_are_found_by_a_unique_prefix(tmp_path: Path) -> None:
    store = SessionStore(open_database(tmp_path / "x.db"))
    session_id, _ = new_session(store)
    assert store.resolve(session_id[:3]) == session_id
    with pytest.raises(UnknownSession, match="no session"):
        store.resolve("zzzz")
    with pytest.raises(UnknownSession):
        store.resolve("")


def test_listing_derives_status_from_the_log(tmp_path: Path) -> None:
    store = SessionStore(open_database(tmp_path / "x.db"))
    session_id, conversation = new_session(store)
    assert store.summaries()[0].status == "in progress"
    store.append(session_id, [Paused()])
    assert store.summaries()[0].status == "paused"
    for line in ("no", "", ""):
        store.append(session_id, conversation.handle(line).events)
    summary = store.summaries()[0]
    assert (summary.id, summary.patient_label, summary.status) == (session_id, "P1", "finished")


def test_events_of_chosen_kinds_come_per_session_in_order(tmp_path: Path) -> None:
    store = SessionStore(open_database(tmp_path / "x.db"))
    first, _ = new_session(store)
    second, _ = new_session(store)
    store.append(first, [Paused()])
    found = store.events_of_kinds(["paused", "session_started"])
    assert [event.kind for event in found[first]] == ["session_started", "paused"]
    assert [event.kind for event in found[second]] == ["session_started"]
    assert store.events_of_kinds(["finished"]) == {}


def test_one_summary_is_the_listed_one(tmp_path: Path) -> None:
    store = SessionStore(open_database(tmp_path / "x.db"))
    first, _ = new_session(store)
    second, _ = new_session(store)
    store.append(first, [Paused()])
    listed = {summary.id: summary for summary in store.summaries()}
    assert store.summary(first) == listed[first] and store.summary(second) == listed[second]
    with pytest.raises(UnknownSession):
        store.summary("zzzz")
