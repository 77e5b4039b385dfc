"""Every vignette gives both reports in every format, with the clinician sections in their fixed order."""

from __future__ import annotations

import json

import pytest

from interview.report import AUDIENCES, FORMATS, Audience, Format, SessionInfo, render_report
from tests.report.cases import CASES, FIXED, case_input

CLINICIAN_SECTIONS = (
    "## Safety alerts",
    "## Summary",
    "## Staging, every method side by side",
    "## Differential and pseudo-resistance",
    "## Not yet adequately tried",
    "## Treatment timeline",
    "## Macro-analysis",
    "## Comorbidity, work-up, lifestyle, interpersonal, stress and well-being findings",
    "## Data gaps",
    "## Sources cited",
)


def test_there_are_vignettes_to_report_on() -> None:
    assert len(CASES) >= 13


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("case", CASES)
def test_every_vignette_renders_in_every_format_for_both_audiences(
    case: str, audience: Audience, fmt: Format
) -> None:
    text = render_report(case_input(case), fmt, audience, FIXED)
    assert len(text) > 500
    if fmt == "json":
        assert json.loads(text)["audience"] == audience
    if fmt == "html":
        assert text.startswith("<!doctype html>") and text.rstrip().endswith("</html>")


@pytest.mark.parametrize("case", CASES)
def test_clinician_markdown_keeps_the_section_order_with_safety_first(case: str) -> None:
    text = render_report(case_input(case), "md", "clinician", FIXED)
    positions = [text.index(heading) for heading in CLINICIAN_SECTIONS]
    assert positions == sorted(positions)


@pytest.mark.parametrize("case", CASES)
def test_markdown_drawings_fit_100_columns(case: str) -> None:
    text = render_report(case_input(case), "md", "clinician", FIXED)
    blocks = text.split("```text\n")[1:]
    assert len(blocks) == 2  # the timeline and the macro-analysis diagram
    for block in blocks:
        for line in block.split("```")[0].splitlines():
            assert len(line) <= 100, line


def test_dm_trd_says_its_total_cannot_be_computed_in_every_format() -> None:
    data = case_input("01_atrq_published")
    md = render_report(data, "md", "clinician", FIXED)
    row = next(line for line in md.splitlines() if line.startswith("| Dutch Measure"))
    assert "cannot be computed: point values unconfirmed" in row
    html = render_report(data, "html", "clinician", FIXED)
    assert 'class="not-computable">total cannot be computed' in html
    staging = json.loads(render_report(data, "json", "clinician", FIXED))["staging"]
    dm_trd = next(m for m in staging["methods"] if m["key"] == "dm_trd")
    assert dm_trd["computable"] is False


def test_staging_table_shows_ranges_and_the_unknowns_that_narrow_them() -> None:
    md = render_report(case_input("01_atrq_published"), "md", "clinician", FIXED)
    row = next(line for line in md.splitlines() if line.startswith("| Maudsley"))
    assert "6-10 points" in row and "severity clinician (current episode)" in row
    assert "current_episode." not in row, "record paths read as words"


def test_clinician_report_distinguishes_inadequate_trials() -> None:
    md = render_report(case_input("01_atrq_published"), "md", "clinician", FIXED)
    assert "citalopram 20 mg/d**: duration" in md
    assert "░" in md and "█" in md  # inadequate and adequate bars in the timeline


def test_macro_analysis_shows_links_and_the_hierarchy_with_reasons() -> None:
    md = render_report(case_input("12_psychotherapy_poor_alliance"), "md", "clinician", FIXED)
    macro = md.split("## Macro-analysis")[1].split("## Lifestyle")[0]
    assert "Interpersonal dispute (IPT role dispute) causes or maintains Depressive symptoms" in macro
    assert "1. **Suicide risk** (primary)" in macro
    assert "   - Safety comes first" in macro


def test_safety_alert_heads_the_clinician_report_with_level_items_and_actions() -> None:
    md = render_report(case_input("12_psychotherapy_poor_alliance"), "md", "clinician", FIXED)
    safety = md.split("## Safety alerts")[1].split("## Summary")[0]
    assert "LOW suicide-risk alert" in safety and "**not acknowledged**" in safety
    assert "1 wish to be dead (past month)" in safety
    assert "- Show the person the crisis resources below." in safety


def test_clinician_json_has_the_documented_top_level_keys() -> None:
    document = json.loads(
        render_report(case_input("12_psychotherapy_poor_alliance"), "json", "clinician", FIXED)
    )
    assert list(document) == [
        "format",
        "format_version",
        "audience",
        "generated_at",
        "session",
        "alerts",
        "summary",
        "record",
        "staging",
        "macro_analysis",
        "timeline",
    ]
    assert document["format"] == "interview-report" and document["format_version"] == 1
    assert document["alerts"][0]["level"] == "low"
    assert document["generated_at"] == "2026-01-01T09:30+00:00"


def test_patient_json_has_help_first_and_plain_sections_only() -> None:
    document = json.loads(
        render_report(case_input("12_psychotherapy_poor_alliance"), "json", "patient", FIXED)
    )
    assert list(document) == ["format", "format_version", "audience", "generated_at", "help_now", "sections"]
    assert document["help_now"]["paragraphs"]
    assert [s["id"] for s in document["sections"]][:3] == ["about", "so-far", "priorities"]


def test_an_unfinished_session_says_its_report_is_partial() -> None:
    data = case_input("02_first_trial_too_short").model_copy(
        update={"session": SessionInfo(session_id="ab12cd34", status="paused")}
    )
    clinician = render_report(data, "md", "clinician", FIXED)
    assert "*Session ab12cd34;" in clinician and "The interview is not finished (paused)" in clinician
    assert "The interview is not finished (paused)" in render_report(data, "html", "clinician", FIXED)
    assert "not finished yet" in render_report(data, "md", "patient", FIXED)
    finished = data.model_copy(update={"session": SessionInfo(session_id="ab12cd34", status="finished")})
    assert "not finished" not in render_report(finished, "md", "clinician", FIXED)
