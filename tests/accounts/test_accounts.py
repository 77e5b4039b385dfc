"""Roles say what each account may open; passwords are Argon2id hashes checked by argon2-cffi."""

from __future__ import annotations

import pytest

from interview.accounts import Account, Role, valid_name
from interview.accounts.passwords import hash_password, needs_rehash, verify_password


def test_a_password_verifies_against_its_hash_and_nothing_else() -> None:
    encoded = hash_password("a long enough secret")
    assert encoded.startswith("$argon2id$")
    assert "a long enough secret" not in encoded
    assert verify_password(encoded, "a long enough secret")
    assert not verify_password(encoded, "a long enough secreT")
    assert not needs_rehash(encoded)


def test_the_same_password_hashes_differently_each_time() -> None:
    assert hash_password("same password here") != hash_password("same password here")


@pytest.mark.parametrize("damaged", ["", "not a hash", "$argon2id$v=19$m=1,t=1,p=1$xx$yy"])
def test_a_damaged_hash_matches_no_password(damaged: str) -> None:
    assert not verify_password(damaged, "anything at all")
    assert needs_rehash(damaged)


@pytest.mark.parametrize(
    ("account", "opens_app", "interviews", "sees_all", "exports"),
    [
        (Account("c", Role.CLINICIAN), True, True, False, False),
        (Account("lead", Role.CLINICIAN, all_sessions=True), True, True, True, False),
        (Account("t", Role.TRAINEE), True, False, False, False),
        (Account("t2", Role.TRAINEE, all_sessions=True), True, False, False, False),
        (Account("r", Role.RESEARCHER), False, False, False, True),
    ],
)
def test_each_role_opens_only_what_it_is_for(
    account: Account, opens_app: bool, interviews: bool, sees_all: bool, exports: bool
) -> None:
    assert account.opens_the_app is opens_app
    assert account.conducts_interviews is interviews
    assert account.sees_all_sessions is sees_all
    assert account.exports_anonymized is exports


@pytest.mark.parametrize(
    ("name", "valid"),
    [("alice", True), ("dr.jones-2", True), ("a_b", True), ("", False), ("-x", False), ("a b", False),
     ("a;rm", False), ("é", False), ("x" * 64, True), ("x" * 65, False)],
)  # fmt: skip
def test_account_names_are_short_and_plain(name: str, valid: bool) -> None:
    assert valid_name(name) is valid
