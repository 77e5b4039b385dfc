"""Health data written to files is readable by its owner only."""

from __future__ import annotations

import stat
from pathlib import Path

from interview.private_files import make_private_folder, open_private, write_private


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_is_owner_only(tmp_path: Path) -> None:
    write_private(tmp_path / "new.txt", "text")
    assert mode(tmp_path / "new.txt") == 0o600 and (tmp_path / "new.txt").read_text() == "text"


def test_an_existing_readable_file_is_narrowed_and_replaced(tmp_path: Path) -> None:
    path = tmp_path / "old.csv"
    path.write_text("old, longer contents")
    path.chmod(0o644)
    with open_private(path, newline="") as handle:
        handle.write("a,b\r\n")
    assert mode(path) == 0o600 and path.read_bytes() == b"a,b\r\n"


def test_a_new_folder_is_owner_only_and_an_existing_one_is_left_alone(tmp_path: Path) -> None:
    make_private_folder(tmp_path / "new" / "deeper")
    assert mode(tmp_path / "new" / "deeper") == 0o700
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    make_private_folder(shared)
    assert mode(shared) == 0o755
