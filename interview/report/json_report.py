"""The reports as JSON for machines: a documented structure that keeps its keys from version to version.

Clinician (`"audience": "clinician"`), top-level keys in this order:

- `format` ("interview-report") and `format_version` (bumped on any incompatible change);
- `audience`, `generated_at` (ISO 8601), `session` (null for a record file: id, patient label, script,
  started_at, status);
- `alerts`: safety alerts, highest first (level, endorsed, actions, unresolved, levels, raised_at,
  acknowledged_at, contacts, origin, note); `level` is the level acted on, and `levels` says both the
  level endorsed and the level the unresolved items could reach when they differ;
- `summary`: the one-paragraph summary;
- `record`: the ClinicalRecord (its JSON Schema: `interview schema record`);
- `staging`: the StagingReport, as `interview stage --format json` prints it;
- `macro_analysis`: the MacroAnalysis, as `interview macro --format json` prints it;
- `timeline`: the bars (kind, number, label, adequacy, outcome, weeks, offset_weeks, start) and whether
  they are dated.

Patient (`"audience": "patient"`): `format`, `format_version`, `audience`, `generated_at`, `help_now`
(null unless the safety screen was positive: paragraphs and contacts) and `sections` (id, title,
paragraphs, items), in reading order. It carries no staging labels, on purpose.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from interview.macro_analysis import MacroAnalysis
from interview.record import ClinicalRecord
from interview.report.alerts import Alert
from interview.report.inputs import ReportInput, SessionInfo
from interview.report.patient import HelpNow, PatientSection, PatientView
from interview.report.summary import clinician_summary
from interview.report.timeline import Timeline, build_timeline
from interview.staging import StagingReport

FORMAT: Literal["interview-report"] = "interview-report"
FORMAT_VERSION = 1


class ClinicianJson(BaseModel):
    """The clinician report for machines."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["interview-report"] = FORMAT
    format_version: int = FORMAT_VERSION
    audience: Literal["clinician"] = "clinician"
    generated_at: str
    session: SessionInfo | None
    alerts: list[Alert]
    summary: str
    record: ClinicalRecord
    staging: StagingReport
    macro_analysis: MacroAnalysis
    timeline: Timeline


class PatientJson(BaseModel):
    """The patient report for machines: the same plain sections as the page."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["interview-report"] = FORMAT
    format_version: int = FORMAT_VERSION
    audience: Literal["patient"] = "patient"
    generated_at: str
    help_now: HelpNow | None
    sections: list[PatientSection]


def clinician_json(data: ReportInput, generated: str) -> str:
    """The clinician report as indented JSON."""
    alerts = sorted(data.alerts, key=lambda alert: alert.level.rank, reverse=True)
    document = ClinicianJson(
        generated_at=generated,
        session=data.session,
        alerts=alerts,
        summary=clinician_summary(data),
        record=data.record,
        staging=data.staging,
        macro_analysis=data.macro,
        timeline=build_timeline(data.record, data.staging),
    )
    return document.model_dump_json(indent=2) + "\n"


def patient_json(view: PatientView, generated: str) -> str:
    """The patient report as indented JSON."""
    document = PatientJson(generated_at=generated, help_now=view.help_now, sections=view.sections)
    return document.model_dump_json(indent=2) + "\n"


def json_schema(audience: Literal["clinician", "patient"]) -> dict[str, Any]:
    """The JSON Schema of either report, for consumers that validate what they read."""
    model = ClinicianJson if audience == "clinician" else PatientJson
    return model.model_json_schema()
