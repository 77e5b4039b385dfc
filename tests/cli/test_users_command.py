"""`interview users`: accounts added, listed, changed and removed as a person at the server would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interview.accounts.passwords import verify_password
from interview.cli import main
from interview.storage import open_database
from interview.storage.users import UserStore
from tests.cli.test_commands import run


def users_of(database: Path) -> UserStore:
    return UserStore(open_database(database))


def test_an_account_is_added_with_its_password_from_standard_input(
    capsys: pytest.CaptureFixture[str], isolated_database: Path
) -> None:
    code, out, _ = run(capsys, "users", "add", "alice", "--password-stdin", stdin="a long password\n")
    assert (code, out) == (0, "Added clinician 'alice': their own sessions.\n")
    stored = users_of(isolated_database).get("alice")
    assert verify_password(stored.password_hash, "a long password")
    assert "a long password" not in isolated_database.read_bytes().decode("latin-1")


def test_accounts_are_listed_with_their_roles(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "users", "add", "lead", "--all-sessions", "--password-stdin", stdin="a long password\n")
    run(capsys, "users", "add", "tess", "--role", "trainee", "--password-stdin", stdin="a long password\n")
    run(capsys, "users", "add", "rhea", "--role", "researcher", "--password-stdin", stdin="a long password\n")
    code, out, _ = run(capsys, "users", "list")
    assert code == 0
    lines = out.splitlines()
    assert [line.split()[:2] for line in lines] == [["lead", "clinician"], ["rhea", "researcher"],
                                                    ["tess", "trainee"]]  # fmt: skip
    assert "every session" in lines[0] and "anonymized exports only" in lines[1] and "practice" in lines[2]
    _, listed, _ = run(capsys, "users", "list", "--json")
    assert [(row["name"], row["all_sessions"]) for row in json.loads(listed)] == [
        ("lead", True), ("rhea", False), ("tess", False)
    ]  # fmt: skip


def test_no_accounts_says_how_to_make_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert "interview users add NAME" in run(capsys, "users", "list")[1]


@pytest.mark.parametrize(
    ("argv", "stdin", "message"),
    [
        (["add", "alice"], "a long password\n", "--password-stdin reads the password"),
        (["add", "alice", "--password-stdin"], "short\n", "at least 10 characters"),
        (["add", "a b", "--password-stdin"], "a long password\n", "cannot be an account name"),
        (["add", "tess", "--role", "trainee", "--all-sessions", "--password-stdin"], "a long password\n",
         "--all-sessions is for clinicians"),
        (["remove", "zed"], "", "no account 'zed'"),
        (["passwd", "zed", "--password-stdin"], "a long password\n", "no account 'zed'"),
    ],
)  # fmt: skip
def test_bad_requests_get_one_line_and_change_nothing(
    capsys: pytest.CaptureFixture[str], isolated_database: Path, argv: list[str], stdin: str, message: str
) -> None:
    code, _, err = run(capsys, "users", *argv, stdin=stdin)
    assert code == 1
    assert message in err and err.count("\n") == 1
    assert users_of(isolated_database).count() == 0


def test_a_taken_name_is_refused_and_the_first_password_kept(
    capsys: pytest.CaptureFixture[str], isolated_database: Path
) -> None:
    run(capsys, "users", "add", "alice", "--password-stdin", stdin="first password\n")
    code, _, err = run(capsys, "users", "add", "alice", "--password-stdin", stdin="second password\n")
    assert code == 1 and "already an account 'alice'" in err
    assert verify_password(users_of(isolated_database).get("alice").password_hash, "first password")


def test_a_password_is_changed_and_an_account_removed_and_both_audited(
    capsys: pytest.CaptureFixture[str], isolated_database: Path
) -> None:
    run(capsys, "users", "add", "alice", "--password-stdin", stdin="first password\n")
    assert run(capsys, "users", "passwd", "alice", "--password-stdin", stdin="second password\n")[0] == 0
    assert verify_password(users_of(isolated_database).get("alice").password_hash, "second password")
    assert run(capsys, "users", "remove", "alice")[0] == 0
    assert users_of(isolated_database).find("alice") is None
    rows = open_database(isolated_database).execute("SELECT action, actor FROM audit ORDER BY id").fetchall()
    assert [action for action, _ in rows] == ["user_added", "user_password_changed", "user_removed"]
    assert all(actor.startswith("terminal:") for _, actor in rows)


def test_a_typed_password_is_asked_twice_without_echo(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, isolated_database: Path
) -> None:
    prompts: list[str] = []
    typed = iter(["a long password", "a long passwore"])

    def getpass(prompt: str) -> str:  # getpass.getpass reads the terminal without echo
        prompts.append(prompt)
        return next(typed)

    monkeypatch.setattr("interview.commands.users.getpass.getpass", getpass)
    monkeypatch.setattr("interview.commands.users.sys.stdin", _Terminal())
    assert main(["users", "add", "alice"]) == 1
    assert prompts == ["Password: ", "Again: "]
    assert "the two passwords differ" in capsys.readouterr().err
    assert users_of(isolated_database).count() == 0


class _Terminal:
    """Standard input as a terminal."""

    def isatty(self) -> bool:
        return True
