"""Each vignette in transcripts/cases stages to its hand-computed expected results."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interview.record import load_record
from interview.report.staging_markdown import render_markdown
from interview.staging import stage
from interview.staging.results import Status

CASES = Path(__file__).parents[2] / "transcripts" / "cases"
NAMES = sorted(p.name.removesuffix(".record.json") for p in CASES.glob("*.record.json"))
METHODS = ("thase_rush", "esm", "mghs", "msm", "dm_trd", "conway", "markowitz", "guidi_fava")


def test_there_are_at_least_twelve_vignettes_with_reasoning() -> None:
    assert len(NAMES) >= 12
    for name in NAMES:
        assert (CASES / f"{name}.expected.json").exists()
        assert (CASES / f"{name}.md").exists()


@pytest.mark.parametrize("name", NAMES)
def test_vignette_matches_expected(name: str) -> None:
    expected = json.loads((CASES / f"{name}.expected.json").read_text(encoding="utf-8"))
    report = stage(load_record(CASES / f"{name}.record.json"))
    got = {key: report.method(key).outcome.label for key in METHODS}
    assert got == {key: expected[key] for key in METHODS}
    assert report.method("msm").outcome.band == expected["msm_band"]
    assert report.differential.spectrum == expected["spectrum"]
    safety = report.safety
    level = safety.derived_level_min
    if safety.derived_level_max != level:
        level = f"{level} to {safety.derived_level_max}"
    assert level == expected["safety"]
    met = {f.key for f in report.differential.flags if f.status is Status.MET}
    assert met == set(expected["flags_met"])
    assert render_markdown(report).startswith("# Staging report")
