"""No input crashes the command line: each bad input gets one line on stderr, exit 1 (2 for usage), and
nothing stored is lost or overwritten."""

from __future__ import annotations

import io
import os
import sqlite3
from pathlib import Path

import pytest

from interview.cli import main
from interview.events import NoteAdded
from interview.storage import SessionStore, StorageError, UnknownSession, open_database
from interview.storage.migrations import MIGRATIONS
from tests.cli.test_commands import run
from tests.storage.test_sessions import new_session

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_ANSWERS = ROOT / "scripts" / "sample.answers"
BINARY = b"\x7fELF\x02\x01\x01\x00\x00\x00\xd0\xe8\xff\xfe junk\n\x00\x01\x02\n"


def run_bytes(capsys: pytest.CaptureFixture[str], stdin: bytes, *argv: str) -> tuple[int, str, str]:
    """`interview argv...` in-process, standard input given as bytes decoded strictly as UTF-8."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
        code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    """The single line of an error: asserts it is one line, starting with 'interview:'."""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("interview: "), err
    return lines[0]


def finished_session(capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    code, out, _ = run(capsys, "run", "sample", "--plain", "--answers", str(SAMPLE_ANSWERS), *extra)
    assert code == 0
    return out.split("Session ", 1)[1].split()[0]


@pytest.mark.parametrize("content", [None, BINARY], ids=["missing", "binary"])
def test_an_unusable_answers_file_is_one_line_and_leaves_no_session(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None
) -> None:
    answers = tmp_path / "answers.txt"
    if content is not None:
        answers.write_bytes(content)
    code, _, err = run(capsys, "run", "sample", "--plain", "--answers", str(answers))
    assert code == 1
    assert "answers file" in one_line(err)
    code, listing, _ = run(capsys, "sessions", "--json")
    assert listing.strip() == "[]"


def test_binary_standard_input_stops_the_interview_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_bytes(capsys, b"yes\n" + BINARY, "run", "sample", "--plain")
    assert code == 1
    assert "standard input is not text (line 2" in one_line(err)
    code, listing, _ = run(capsys, "sessions", "--json")
    assert '"in progress"' in listing  # the consent before the junk is stored; the session resumes


def test_anonymize_of_a_binary_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "ls"
    junk.write_bytes(BINARY * 10)
    code, _, err = run(capsys, "anonymize", str(junk))
    assert code == 1
    assert "not UTF-8 text" in one_line(err)


@pytest.mark.parametrize("text", ["[" * 100_000, '{"a":' * 50_000])
def test_a_record_file_nested_beyond_reason_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    record = tmp_path / "record.json"
    record.write_text(text)
    code, _, err = run(capsys, "stage", str(record))
    assert code == 1
    assert "nested too deeply" in one_line(err)


@pytest.mark.parametrize("port", ["99999", "0", "-1"])
def test_a_port_out_of_range_is_a_usage_error(capsys: pytest.CaptureFixture[str], port: str) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["serve", "--port", port])
    assert exit_.value.code == 2
    assert "is not a port (1 to 65535)" in capsys.readouterr().err


def test_a_huge_session_id_is_an_unknown_session_shown_short(capsys: pytest.CaptureFixture[str]) -> None:
    finished_session(capsys)
    code, _, err = run(capsys, "transcript", "a" * 100_000)
    assert code == 1
    line = one_line(err)
    assert "no session 'aaaa" in line and len(line) < 200


@pytest.mark.parametrize("prefix", ["%", "_", "%%%%", "________"])
def test_like_wildcards_in_a_session_prefix_are_literal(
    capsys: pytest.CaptureFixture[str], prefix: str
) -> None:
    finished_session(capsys)
    code, _, err = run(capsys, "transcript", prefix)
    assert code == 1
    assert f"no session '{prefix}'" in one_line(err)


def test_a_prefix_still_finds_its_session(capsys: pytest.CaptureFixture[str]) -> None:
    session_id = finished_session(capsys)
    code, out, _ = run(capsys, "transcript", session_id[:3])
    assert code == 0 and session_id in out


@pytest.mark.parametrize("version", [len(MIGRATIONS) + 1, 999, -3])
def test_an_unknown_schema_version_is_one_line(
    isolated_database: Path, capsys: pytest.CaptureFixture[str], version: int
) -> None:
    open_database(isolated_database).execute(f"PRAGMA user_version = {version}")
    code, _, err = run(capsys, "sessions")
    assert code == 1
    assert "schema" in one_line(err)


def damage(path: Path) -> None:
    """Overwrite pages across the database file (checkpointed first, so the damage is in the file):
    a quarter, half and three quarters of the way in, so whatever the tables' layout, the pages a
    session listing reads are among them."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    size = path.stat().st_size
    with path.open("r+b") as file:
        for offset in (size // 4, size // 2, 3 * size // 4):
            file.seek(offset)
            file.write(b"\xa5" * 4096)


def test_a_damaged_database_is_refused_for_writing_and_says_how_to_recover(
    isolated_database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for _ in range(3):
        finished_session(capsys)
    damage(isolated_database)
    before = isolated_database.read_bytes()
    code, _, err = run(capsys, "run", "sample", "--plain", stdin="yes\n")
    assert code == 1
    line = one_line(err)
    assert "damaged" in line and ".recover" in line and f"--db {isolated_database}.recovered" in line
    assert isolated_database.read_bytes() == before  # nothing written into it
    code, _, err = run(capsys, "sessions")
    assert code == 1 and "damaged" in one_line(err)


def test_a_full_disk_is_one_line_and_keeps_what_was_stored(isolated_database: Path) -> None:
    store = SessionStore(open_database(isolated_database))
    session_id, _ = new_session(store)
    stored = len(store.events(session_id))
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own 'database or disk is full'
    with pytest.raises(StorageError, match="the disk is full; free some space"):
        store.append(session_id, [NoteAdded(key="consent", text="x" * 200_000)])
    assert len(store.events(session_id)) == stored


def test_report_out_refuses_to_write_through_a_symbolic_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session_id = finished_session(capsys)
    target = tmp_path / "someone_elses_file.txt"
    target.write_text("keep me")
    link = tmp_path / "report.md"
    link.symlink_to(target)
    code, _, err = run(capsys, "report", session_id, "--out", str(link))
    assert code == 1
    assert "symbolic link" in one_line(err)
    assert target.read_text() == "keep me"


@pytest.mark.parametrize("linked", ["manifest.json", "."], ids=["a file inside", "the folder"])
def test_export_out_refuses_to_write_through_a_symbolic_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], linked: str
) -> None:
    finished_session(capsys)
    target = tmp_path / "elsewhere"
    target.mkdir()
    (target / "manifest.json").write_text("keep me")
    out = tmp_path / "export"
    if linked == ".":
        out.symlink_to(target, target_is_directory=True)
    else:
        out.mkdir()
        (out / linked).symlink_to(target / "manifest.json")
    code, _, err = run(capsys, "export", "--out", str(out), "--identified")
    assert code == 1
    assert "symbolic link" in one_line(err)
    assert (target / "manifest.json").read_text() == "keep me"
    assert sorted(os.listdir(target)) == ["manifest.json"]


def test_control_characters_in_answers_and_labels_are_shown_escaped(
    capsys: pytest.CaptureFixture[str],
) -> None:
    retitle = "\x1b]0;PWNED\x07"
    code, out, _ = run(
        capsys, "run", "sample", "--plain", "--patient", f"P{retitle}", stdin=f"yes\n{retitle}x\n"
    )
    session_id = out.split("Session ", 1)[1].split()[0]
    listing = run(capsys, "sessions")[1]
    assert "\x1b" not in listing and "P\\x1b]0;PWNED\\x07" in listing
    code, transcript, _ = run(capsys, "transcript", session_id)
    assert code == 0
    assert "\x1b" not in transcript and "\x07" not in transcript
    assert "**Answer:** \\x1b]0;PWNED\\x07x" in transcript


def test_undecodable_bytes_in_a_label_are_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["run", "sample", "--plain", "--patient", "P\udcff"])  # how argv carries byte 0xff
    assert exit_.value.code == 2
    assert "argument patient: not UTF-8 text" in capsys.readouterr().err


def test_undecodable_bytes_in_a_session_id_are_a_usage_error_or_no_session(
    capsys: pytest.CaptureFixture[str],
) -> None:
    finished_session(capsys)
    with pytest.raises(SystemExit) as exit_:
        main(["transcript", "\udcff"])
    assert exit_.value.code == 2 and "argument session: not UTF-8 text" in capsys.readouterr().err
    with pytest.raises(UnknownSession, match="no session '\\\\udcff'"):  # the store's own guard
        SessionStore(open_database(Path(os.environ["INTERVIEW_DB"]))).resolve("\udcff")
