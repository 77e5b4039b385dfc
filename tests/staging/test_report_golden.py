"""The report's JSON, Markdown and JSON Schema stay byte-identical: every vignette, 400 varied records.

The golden files were written before the staging core was reworked for speed; a change to what staging
says must be deliberate. After such a change, regenerate them with
`python -m tests.staging.test_report_golden` and review the diff of tests/staging/golden/.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from interview.record import load_record
from interview.report.staging_markdown import render_markdown
from interview.staging import StagingReport, stage
from tests.staging.varied_records import varied_cases

CASES = Path(__file__).parents[2] / "transcripts" / "cases"
GOLDEN = Path(__file__).parent / "golden"
NAMES = sorted(p.name.removesuffix(".record.json") for p in CASES.glob("*.record.json"))
VARIED = 400


def vignette_output(name: str) -> str:
    """The JSON and the Markdown of one vignette's report."""
    report = stage(load_record(CASES / f"{name}.record.json"))
    return report.model_dump_json(indent=2) + "\n\n" + render_markdown(report)


def varied_digest() -> str:
    """SHA-256 over the JSON and Markdown of every varied record's report, in order."""
    digest = hashlib.sha256()
    for record, settings in varied_cases(VARIED):
        report = stage(record, settings)
        digest.update(report.model_dump_json().encode())
        digest.update(render_markdown(report).encode())
    return digest.hexdigest()


@pytest.mark.parametrize("name", NAMES)
def test_vignette_report_is_unchanged(name: str) -> None:
    expected = (GOLDEN / f"{name}.txt").read_text(encoding="utf-8")
    assert vignette_output(name) == expected


def test_varied_reports_are_unchanged() -> None:
    expected = (GOLDEN / "varied.sha256").read_text(encoding="utf-8").strip()
    assert varied_digest() == expected, "staging output changed for the varied records"


def schema_text() -> str:
    """The JSON Schema of the report (the clinician JSON report embeds it)."""
    return StagingReport.json_schema_text()


def test_report_schema_is_unchanged() -> None:
    assert schema_text() == (GOLDEN / "staging_report.schema.json").read_text(encoding="utf-8")


def _write_golden() -> None:
    GOLDEN.mkdir(exist_ok=True)
    for name in NAMES:
        (GOLDEN / f"{name}.txt").write_text(vignette_output(name), encoding="utf-8")
    (GOLDEN / "varied.sha256").write_text(varied_digest() + "\n", encoding="utf-8")
    (GOLDEN / "staging_report.schema.json").write_text(schema_text(), encoding="utf-8")


if __name__ == "__main__":
    _write_golden()
