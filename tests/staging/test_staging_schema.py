"""The staging report's schema is published, versioned and current; programs read ids, not labels."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from interview.record import load_record
from interview.staging import stage
from interview.staging.results import SCHEMA_VERSION, StagingReport

ROOT = Path(__file__).parents[2]
COMMITTED = ROOT / "tests" / "staging" / "golden" / "staging_report.schema.json"
CASES = ROOT / "transcripts" / "cases"


def test_interview_schema_staging_prints_the_committed_schema() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "interview", "schema", "staging"], capture_output=True, text=True, check=True
    )
    assert done.stdout == COMMITTED.read_text(encoding="utf-8") == StagingReport.json_schema_text()


def test_every_report_carries_the_schema_version() -> None:
    report = json.loads(
        stage(load_record(CASES / "06_chronic_resistant_augmentation.record.json")).model_dump_json()
    )
    assert report["schema_version"] == SCHEMA_VERSION


def rows(session: str, report: dict[str, Any]) -> list[dict[str, Any]]:
    """One flat row per method and criterion: what a researcher hands to pandas.DataFrame(rows)."""
    out = []
    for method in report["methods"]:
        outcome = method["outcome"]
        for criterion in method["criteria"]:
            out.append(
                {
                    "session": session,
                    "method": method["id"],
                    "kind": method["kind"],
                    "low": outcome["value_min"] if method["kind"] == "points" else outcome["category_min"],
                    "high": outcome["value_max"] if method["kind"] == "points" else outcome["category_max"],
                    "criterion": criterion["id"],
                    "status": criterion["status"],
                    "trials": criterion["trials"],
                }
            )
    return out


def test_a_whole_set_of_reports_flattens_to_rows_without_reading_a_label() -> None:
    table = [
        row
        for path in sorted(CASES.glob("*.record.json"))
        for row in rows(path.name, json.loads(stage(load_record(path)).model_dump_json()))
    ]
    vignette_06 = [r for r in table if r["session"].startswith("06_")]
    esm = {r["low"] for r in vignette_06 if r["method"] == "esm"}
    assert esm == {"crd"}
    mghs_trials = [r["trials"] for r in vignette_06 if r["method"] == "mghs" and r["criterion"] == "trial"]
    assert mghs_trials == [[0], [1, 2]]  # sertraline; duloxetine with its lithium phase
    assert {r["kind"] for r in table} == {"points", "category"}
    assert all(r["criterion"] and r["status"] in {"met", "not_met", "unknown"} for r in table)


def test_category_methods_never_put_a_position_in_the_points_fields() -> None:
    report = stage(load_record(CASES / "06_chronic_resistant_augmentation.record.json"))
    for method in report.methods:
        if method.kind == "category":
            assert method.outcome.value_min is None and method.outcome.value_max is None
            assert method.outcome.category_min in method.categories
