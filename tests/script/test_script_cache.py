"""Launching reuses a script's parsed YAML only for exactly the same bytes; anything else is parsed anew."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import interview.script.cache as cache
from interview.script import ScriptError, load_script_file
from interview.script.cache import load_script_cached

SCRIPT = """
id: small
version: "1"
title: Small
sections:
  - id: main
    title: Main
    questions:
      - id: mood
        type: text
        text: How has your mood been?
"""
SAMPLE = Path(__file__).resolve().parents[2] / "scripts" / "sample.yaml"


def write(folder: Path, text: str = SCRIPT) -> Path:
    path = folder / "small.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str, file: str = "") -> None:
        raise AssertionError("the YAML was parsed although a valid cache entry exists")

    monkeypatch.setattr(cache, "script_data", refuse)


def test_the_cached_script_is_the_script_the_file_gives(tmp_path: Path) -> None:
    first = load_script_cached(SAMPLE, tmp_path / "cache")
    again = load_script_cached(SAMPLE, tmp_path / "cache")
    expected = load_script_file(SAMPLE).script
    assert first == expected and again == expected
    assert again._source_text == expected._source_text  # sessions store the script's source


def test_the_second_launch_does_not_parse_the_yaml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path)
    load_script_cached(path, tmp_path / "cache")
    no_parsing(monkeypatch)
    assert load_script_cached(path, tmp_path / "cache").id == "small"


def test_an_edited_file_is_parsed_again_and_gives_the_new_text(tmp_path: Path) -> None:
    path = write(tmp_path)
    load_script_cached(path, tmp_path / "cache")
    write(tmp_path, SCRIPT.replace("How has your mood been?", "How have you slept?"))
    script = load_script_cached(path, tmp_path / "cache")
    assert script.sections[0].questions[0].text == "How have you slept?"


def test_an_entry_whose_stored_digest_differs_is_never_used(tmp_path: Path) -> None:
    path = write(tmp_path)
    load_script_cached(path, tmp_path / "cache")
    (entry,) = (tmp_path / "cache").glob("*.json")
    stored = json.loads(entry.read_text())
    stored["digest"] = "0" * 64
    stored["data"]["title"] = "Tampered"
    entry.write_text(json.dumps(stored))
    assert load_script_cached(path, tmp_path / "cache").title == "Small"


def test_an_entry_of_another_format_is_ignored(tmp_path: Path) -> None:
    path = write(tmp_path)
    load_script_cached(path, tmp_path / "cache")
    (entry,) = (tmp_path / "cache").glob("*.json")
    stored = json.loads(entry.read_text())
    stored["format"] = cache.FORMAT + 1
    stored["data"]["title"] = "Old format"
    entry.write_text(json.dumps(stored))
    assert load_script_cached(path, tmp_path / "cache").title == "Small"


@pytest.mark.parametrize("damage", ["{not json", '{"format": 1}', '["a list"]'])
def test_a_damaged_entry_is_ignored(tmp_path: Path, damage: str) -> None:
    path = write(tmp_path)
    load_script_cached(path, tmp_path / "cache")
    (entry,) = (tmp_path / "cache").glob("*.json")
    entry.write_text(damage)
    assert load_script_cached(path, tmp_path / "cache").title == "Small"


def test_an_entry_the_schema_now_rejects_is_parsed_again(tmp_path: Path) -> None:
    path = write(tmp_path)
    load_script_cached(path, tmp_path / "cache")
    (entry,) = (tmp_path / "cache").glob("*.json")
    stored = json.loads(entry.read_text())
    del stored["data"]["sections"]
    entry.write_text(json.dumps(stored))
    assert load_script_cached(path, tmp_path / "cache").title == "Small"


def test_a_script_with_problems_raises_with_its_line_and_is_not_cached(tmp_path: Path) -> None:
    path = write(tmp_path, SCRIPT.replace("type: text", "type: nonsense"))
    with pytest.raises(ScriptError) as raised:
        load_script_cached(path, tmp_path / "cache")
    assert raised.value.problems[0].line == 10
    assert not list((tmp_path / "cache").glob("*.json"))


def test_an_unreadable_file_is_a_script_error(tmp_path: Path) -> None:
    with pytest.raises(ScriptError, match="cannot read the file"):
        load_script_cached(tmp_path / "missing.yaml", tmp_path / "cache")


def test_a_cache_that_cannot_be_written_does_not_stop_the_launch(tmp_path: Path) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    assert load_script_cached(write(tmp_path), blocked / "cache").title == "Small"


def test_the_cache_folder_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "elsewhere"))
    load_script_cached(write(tmp_path))
    assert len(list((tmp_path / "elsewhere").glob("*.json"))) == 1
