"""render_report(): one entry point for every format and audience."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from interview.report.clinician import clinician_view
from interview.report.html import clinician_html, patient_html
from interview.report.inputs import ReportInput
from interview.report.json_report import clinician_json, patient_json
from interview.report.markdown import clinician_markdown, patient_markdown
from interview.report.patient import patient_view

Format = Literal["md", "html", "json"]
Audience = Literal["clinician", "patient"]
FORMATS: tuple[Format, ...] = ("md", "html", "json")
AUDIENCES: tuple[Audience, ...] = ("clinician", "patient")


def render_report(
    data: ReportInput,
    format: Format = "md",  # noqa: A002 (the command-line option's name)
    audience: Audience = "clinician",
    generated_at: datetime | None = None,
) -> str:
    """The report as Markdown, HTML or JSON; generated_at is fixed by tests, else now."""
    moment = generated_at or datetime.now(UTC)
    stamp = moment.isoformat(timespec="minutes")
    if audience == "patient":
        view = patient_view(data, moment.strftime("%d %B %Y").lstrip("0"))
        if format == "md":
            return patient_markdown(view)
        return patient_html(view) if format == "html" else patient_json(view, stamp)
    if format == "json":
        return clinician_json(data, stamp)
    clinician = clinician_view(data)
    return clinician_markdown(clinician, stamp) if format == "md" else clinician_html(clinician, stamp)
