"""The database file is created owner-only before SQLite opens it; a path it cannot use is one clear error."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from interview.storage import StorageError, open_database
from interview.storage.files import owner_only_file


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_file_and_its_new_folder_are_its_owners_only(tmp_path: Path) -> None:
    path = tmp_path / "new" / "interview.db"
    owner_only_file(path)
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700


def test_an_existing_file_open_to_others_is_closed_to_them(tmp_path: Path) -> None:
    path = tmp_path / "interview.db"
    path.write_bytes(b"")
    path.chmod(0o644)
    owner_only_file(path)
    assert mode(path) == 0o600


def test_a_path_that_is_a_folder_is_a_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="cannot open the database"):
        owner_only_file(tmp_path)


def test_opening_the_database_keeps_the_file_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "interview.db"
    open_database(path)
    assert mode(path) == 0o600
