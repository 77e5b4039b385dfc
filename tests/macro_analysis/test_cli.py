"""`interview macro RECORD.json --format text|mermaid|dot|json`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interview.cli import main
from tests.macro_analysis.records import ILLUSTRATION


@pytest.fixture
def record_file(tmp_path: Path) -> Path:
    path = tmp_path / "illustration.record.json"
    path.write_text(json.dumps(ILLUSTRATION), encoding="utf-8")
    return path


def test_macro_prints_json(record_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["macro", str(record_file), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["hierarchy"][0]["reasons"]
    assert any(link["from_area"] == "role_dispute" for link in data["links"])


def test_macro_prints_text_by_default(record_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["macro", str(record_file)]) == 0
    assert "Hierarchy of treatment targets" in capsys.readouterr().out


@pytest.mark.parametrize(("fmt", "start"), [("mermaid", "flowchart TD"), ("dot", "digraph")])
def test_macro_prints_graphs(
    record_file: Path, fmt: str, start: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["macro", str(record_file), "--format", fmt]) == 0
    assert capsys.readouterr().out.startswith(start)


def test_a_bad_record_is_a_user_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["macro", str(bad)]) == 1
    assert "not valid JSON" in capsys.readouterr().err
