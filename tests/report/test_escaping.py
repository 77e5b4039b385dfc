"""Patient answers are untrusted: no markup of theirs survives in HTML or Markdown; HTML fetches nothing."""

from __future__ import annotations

import re

import pytest

from interview.record import ClinicalRecord
from interview.report import render_report, report_input
from tests.report.cases import CASES, FIXED, case_input

SCRIPT = "<script>alert('x')</script>"


def _hostile() -> ClinicalRecord:
    return ClinicalRecord.model_validate(
        {
            "case_label": f"P-1 {SCRIPT}",
            "preferences": {"priorities": [SCRIPT, "<img src=x onerror=alert(1)>"]},
            "interpersonal": {"notes": SCRIPT},
            "stress_load": {"stressors": [SCRIPT]},
            "medication_trials": [{"drug": SCRIPT, "dose_mg_per_day": 50, "weeks_at_dose": 8}],
        }
    )


@pytest.mark.parametrize("audience", ["clinician", "patient"])
def test_script_in_an_answer_is_escaped_in_html(audience: str) -> None:
    html = render_report(report_input(_hostile()), "html", audience, FIXED)  # type: ignore[arg-type]
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "&lt;script&gt;" in html


@pytest.mark.parametrize("audience", ["clinician", "patient"])
def test_script_in_an_answer_is_escaped_in_markdown(audience: str) -> None:
    md = render_report(report_input(_hostile()), "md", audience, FIXED)  # type: ignore[arg-type]
    outside_code = "".join(md.split("```")[::2])
    assert "<script" not in outside_code.lower() and "<img" not in outside_code.lower()
    assert "&lt;script>" in md


_EXTERNAL = re.compile(r"""(https?:|//[a-z0-9]|@import|\bsrc\s*=|\bhref\s*=|url\(\s*(?!#))""", re.IGNORECASE)


@pytest.mark.parametrize("audience", ["clinician", "patient"])
@pytest.mark.parametrize("case", CASES)
def test_html_is_self_contained(case: str, audience: str) -> None:
    html = render_report(case_input(case), "html", audience, FIXED)  # type: ignore[arg-type]
    assert _EXTERNAL.findall(html) == []
    assert "<style>" in html


def test_the_self_containment_check_catches_an_external_reference() -> None:
    for sample in ('<img src="a.png">', "<link href='x.css'>", "url(https://x/y.woff)", "@import 'a.css';"):
        assert _EXTERNAL.findall(sample), sample
    assert _EXTERNAL.findall("fill: url(#hatch);") == []


def test_timeline_svg_has_a_title_and_description_and_a_data_table() -> None:
    html = render_report(case_input("01_atrq_published"), "html", "clinician", FIXED)
    svg = html.split("<svg", 1)[1].split("</svg>", 1)[0]
    assert '<title id="timeline-title">' in svg and '<desc id="timeline-desc">' in svg
    assert svg.count("<title>") == 5  # one per trial
    assert "Trials (the data of the drawing)" in html


def test_html_has_dark_mode_and_print_styles() -> None:
    html = render_report(case_input("01_atrq_published"), "html", "patient", FIXED)
    assert "@media (prefers-color-scheme: dark)" in html and "@media print" in html
