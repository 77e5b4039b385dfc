"""Accounts in the database, sessions with owners, and a store that sees only its account's sessions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interview.accounts import Account, Role
from interview.storage import SessionStore, UnknownSession, open_database
from interview.storage.users import AccountError, UserStore
from tests.storage.test_sessions import new_session

ALICE = Account("alice", Role.CLINICIAN)
BOB = Account("bob", Role.CLINICIAN)
LEAD = Account("lead", Role.CLINICIAN, all_sessions=True)


def stores(tmp_path: Path) -> tuple[SessionStore, SessionStore, SessionStore, SessionStore]:
    """The terminal's store, then alice's, bob's and the lead clinician's, on one database."""
    db = open_database(tmp_path / "interview.db")
    return (
        SessionStore(db),
        SessionStore.for_account(db, ALICE),
        SessionStore.for_account(db, BOB),
        SessionStore.for_account(db, LEAD),
    )


def audit_rows(store: SessionStore) -> list[tuple[str, str | None, dict[str, object]]]:
    rows = store.db.execute("SELECT action, actor, detail FROM audit ORDER BY id").fetchall()
    return [(action, actor, json.loads(detail)) for action, actor, detail in rows]


def test_accounts_are_added_found_changed_and_removed(tmp_path: Path) -> None:
    users = UserStore(open_database(tmp_path / "interview.db"))
    users.add(ALICE, "$argon2id$first")
    users.add(Account("rhea", Role.RESEARCHER), "$argon2id$r")
    assert [s.account for s in users.all()] == [ALICE, Account("rhea", Role.RESEARCHER)]
    users.set_password("alice", "$argon2id$second")
    assert users.get("alice").password_hash == "$argon2id$second"
    users.remove("alice")
    assert users.find("alice") is None
    assert users.count() == 1


def test_an_account_name_is_taken_once_and_an_unknown_one_is_named(tmp_path: Path) -> None:
    users = UserStore(open_database(tmp_path / "interview.db"))
    users.add(ALICE, "$argon2id$x")
    with pytest.raises(AccountError, match="already an account 'alice'"):
        users.add(Account("alice", Role.TRAINEE), "$argon2id$y")
    with pytest.raises(AccountError, match="no account 'zed'"):
        users.remove("zed")


def test_a_session_started_by_an_account_is_owned_by_it_and_audited(tmp_path: Path) -> None:
    terminal, alice, _, _ = stores(tmp_path)
    session_id, _ = new_session(alice)
    owner = terminal.db.execute("SELECT owner FROM sessions WHERE id = ?", [session_id]).fetchone()[0]
    assert owner == "alice"
    assert audit_rows(terminal) == [("session_started", "alice", {"session": session_id})]


def test_an_account_sees_only_its_own_sessions(tmp_path: Path) -> None:
    terminal, alice, bob, lead = stores(tmp_path)
    alices, _ = new_session(alice)
    bobs, _ = new_session(bob)
    at_terminal, _ = new_session(terminal)
    assert [s.id for s in alice.summaries()] == [alices]
    assert [s.id for s in bob.summaries()] == [bobs]
    assert {s.id for s in lead.summaries()} == {alices, bobs, at_terminal}
    assert {s.id for s in terminal.summaries()} == {alices, bobs, at_terminal}


def test_another_accounts_session_is_as_unknown_as_one_that_does_not_exist(tmp_path: Path) -> None:
    _, alice, bob, _ = stores(tmp_path)
    bobs, _ = new_session(bob)
    for reach in (
        lambda: alice.resolve(bobs),
        lambda: alice.resolve(bobs[:3]),
        lambda: alice.events(bobs),
        lambda: alice.summary(bobs),
        lambda: alice.script_source(bobs),
        lambda: alice.append(bobs, bob.events(bobs)[:1]),
    ):
        with pytest.raises(UnknownSession):
            reach()
    assert alice.events_of_kinds({"session_started"}) == {}
    assert list(bob.events_of_kinds({"session_started"})) == [bobs]
    assert not alice.visible(bobs)
    assert bob.visible(bobs)


def test_audited_actions_name_who_did_them(tmp_path: Path) -> None:
    terminal, alice, _, _ = stores(tmp_path)
    alice.audit("report_viewed", {"session": "abc"})
    terminal.audit("sign_in_failed", {"name": "zed"}, actor="zed")
    terminal.audit("export_anonymized", {"format": "csv"})
    assert audit_rows(terminal) == [
        ("report_viewed", "alice", {"session": "abc"}),
        ("sign_in_failed", "zed", {"name": "zed"}),
        ("export_anonymized", None, {"format": "csv"}),
    ]
