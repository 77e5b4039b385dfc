"""Renderings: the text drawing fits 100 columns; Mermaid, DOT and JSON are well formed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from interview.macro_analysis import FORMATS, MacroAnalysis, analyze, render
from interview.macro_analysis.drawing import draw
from interview.macro_analysis.graphs import dot_quote
from interview.macro_analysis.layered import is_dummy
from interview.macro_analysis.layout import diagram
from interview.record import ClinicalRecord, load_record
from tests.macro_analysis.records import FRAGMENT, ILLUSTRATION, record_with

CASES = sorted(Path(__file__).parents[2].joinpath("transcripts", "cases").glob("*.record.json"))


@pytest.fixture
def illustration() -> MacroAnalysis:
    return analyze(ClinicalRecord.model_validate(ILLUSTRATION))


def everything() -> ClinicalRecord:
    record = record_with(*FRAGMENT)
    return record.model_copy(update={"case_label": "a case with every area and a very long label " * 3})


@pytest.mark.parametrize("record", [everything(), ClinicalRecord()], ids=["every area", "empty"])
def test_the_drawing_fits_100_columns(record: ClinicalRecord) -> None:
    drawing = draw(analyze(record))
    assert all(len(line) <= 100 for line in drawing.splitlines())
    assert ("┌" in drawing and "▶" in drawing) or not analyze(record).links


def test_the_drawing_numbers_boxes_by_position_and_points_arrows_at_them(illustration: MacroAnalysis) -> None:
    drawing = draw(illustration)
    position = {t.area_id: t.position for t in illustration.hierarchy}
    assert f"│ [{position['role_dispute']}] Interpersonal dispute" in drawing
    assert f"╌╌▶ (proposed) [{position['depression']}] Depressive symptoms" in drawing
    assert f"│ [{position['insomnia']}] Insomnia" not in drawing, "secondary, and nothing confirmed yet"
    assert "our proposal" in drawing and "only in the tables" in drawing


def test_the_drawing_has_the_diagrams_layers_in_the_same_order(illustration: MacroAnalysis) -> None:
    drawing = draw(illustration)
    position = {t.area_id: t.position for t in illustration.hierarchy}
    layers = [[position[a] for a in row if not is_dummy(a)] for row in diagram(illustration).layered.layers]
    drawn = [[int(n) for n in re.findall(r"│ \[(\d+)\]", block)] for block in drawing.split("Layer ")[1:]]
    assert drawn == layers and len(layers) > 1


def test_mermaid_declares_every_node_and_edge(illustration: MacroAnalysis) -> None:
    text = render(illustration, "mermaid")
    lines = text.splitlines()
    assert lines[0] == "flowchart TD"
    nodes = {m.group(1) for line in lines if (m := re.fullmatch(r'    (\w+)\["[^"]*"\]', line))}
    assert nodes == {area.id for area in illustration.areas}
    edges = [line for line in lines if "-.->" in line or "-->" in line]
    assert len(edges) == len(illustration.links)
    for edge in edges:
        assert re.fullmatch(r'    \w+ (-\.->|-->)\|"[^"]+"\| \w+', edge), edge


def test_mermaid_labels_escape_quotes() -> None:
    from interview.macro_analysis.graphs import _mermaid_text

    assert _mermaid_text('say "no"') == "say #quot;no#quot;"


def test_dot_is_a_balanced_digraph_with_quoted_ids(illustration: MacroAnalysis) -> None:
    text = render(illustration, "dot")
    assert text.startswith("digraph macro_analysis {") and text.rstrip().endswith("}")
    assert text.count("{") == text.count("}")
    assert text.count(" -> ") == len(illustration.links)
    assert '"role_dispute" -> "insomnia"' in text


def test_dot_quoting_escapes_backslashes_quotes_and_newlines() -> None:
    assert dot_quote('a "b" \\ c\nd') == '"a \\"b\\" \\\\ c\\nd"'


def test_json_round_trips_to_the_model(illustration: MacroAnalysis) -> None:
    data = json.loads(render(illustration, "json"))
    assert MacroAnalysis.model_validate(data) == illustration
    assert "our own proposal" in data["derived_note"]


def test_the_summary_is_one_plain_paragraph_without_blame(illustration: MacroAnalysis) -> None:
    summary = illustration.summary
    assert "\n" not in summary
    assert "fail" not in summary.lower()
    assert "our proposal" in summary
    assert "interpersonal dispute (IPT role dispute)" in summary


def test_an_unknown_format_is_an_error(illustration: MacroAnalysis) -> None:
    with pytest.raises(ValueError, match="unknown format"):
        render(illustration, "pdf")  # type: ignore[arg-type]


@pytest.mark.parametrize("path", CASES, ids=[p.name.split(".")[0] for p in CASES])
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_case_vignette_renders_in_every_format(path: Path, fmt: str) -> None:
    text = render(analyze(load_record(path)), fmt)  # type: ignore[arg-type]
    assert text.strip()
    if fmt == "text":
        drawing = text.split("Hierarchy of treatment targets")[0]
        assert all(len(line) <= 100 for line in drawing.splitlines() if not line.startswith("The record"))


def test_vignette_with_linked_problems_shows_links_and_the_hierarchy_with_reasons() -> None:
    path = next(p for p in CASES if p.name.startswith("12_"))
    text = render(analyze(load_record(path)), "text")
    assert "Suicide risk [primary]" in text.replace("1. ", "")
    assert "Interpersonal dispute (IPT role dispute) causes or maintains Depressive symptoms" in text
    assert "Leads on to" in text and "Safety comes first" in text
