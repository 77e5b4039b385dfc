"""The case vignettes as report inputs, and a fixed clock, shared by the report tests."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from interview.record import load_record
from interview.report import ReportInput, report_input

CASES_DIR = Path(__file__).resolve().parents[2] / "transcripts" / "cases"
CASES = sorted(path.name.removesuffix(".record.json") for path in CASES_DIR.glob("*.record.json"))
FIXED = datetime(2026, 1, 1, 9, 30, tzinfo=UTC)


@cache
def case_input(name: str) -> ReportInput:
    """The report input of one vignette (staged and analyzed once per test run)."""
    return report_input(load_record(CASES_DIR / f"{name}.record.json"))
