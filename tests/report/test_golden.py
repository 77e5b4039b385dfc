"""Golden Markdown reports for two vignettes: what a reader sees, pinned.

Regenerate after an intended change with:
    INTERVIEW_UPDATE_GOLDEN=1 python -m pytest tests/report/test_golden.py
then read the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from interview.report import Audience, render_report
from tests.report.cases import FIXED, case_input

GOLDEN_DIR = Path(__file__).resolve().parents[1] / "golden"
GOLDEN = [
    ("01_atrq_published", "clinician"),
    ("12_psychotherapy_poor_alliance", "clinician"),
    ("12_psychotherapy_poor_alliance", "patient"),
]


@pytest.mark.parametrize(("case", "audience"), GOLDEN)
def test_markdown_report_matches_its_golden_file(case: str, audience: Audience) -> None:
    path = GOLDEN_DIR / f"report_{case}.{audience}.md"
    text = render_report(case_input(case), "md", audience, FIXED)
    if os.environ.get("INTERVIEW_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}: run with INTERVIEW_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8"), (
        f"{path.name} differs; if the change is intended, regenerate with INTERVIEW_UPDATE_GOLDEN=1"
    )
