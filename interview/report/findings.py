"""Lifestyle, interpersonal, illness-behaviour, stress and well-being findings, field by field."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from interview.record import ClinicalRecord
from interview.record.base import RecordModel
from interview.report.values import is_known, shown, words


class Finding(BaseModel):
    """One field of the record: what it is, and what was found (or why it is unknown)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    field: str
    """The dotted record path."""
    label: str
    value: str
    known: bool
    meaning: str
    """The field's documentation: what a value here means."""


class FindingGroup(BaseModel):
    """The findings of one area of the record."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    findings: list[Finding]

    @property
    def known_count(self) -> int:
        """How many of the group's fields hold a value."""
        return sum(finding.known for finding in self.findings)


GROUPS = (
    ("lifestyle", "Lifestyle"),
    ("interpersonal", "Interpersonal relationships"),
    ("stress_load", "Stress load"),
    ("illness_behaviour", "Illness behaviour"),
    ("well_being", "Psychological well-being (Ryff)"),
    ("preferences", "Preferences and priorities"),
)


def _group(section: str, title: str, part: RecordModel) -> FindingGroup:
    findings = []
    for name, info in type(part).model_fields.items():
        value = getattr(part, name)
        known = is_known(value) and value != []
        findings.append(
            Finding(
                field=f"{section}.{name}",
                label=words(name),
                value=shown(value),
                known=known,
                meaning=(info.description or "").strip(),
            )
        )
    return FindingGroup(title=title, findings=findings)


def findings(record: ClinicalRecord) -> list[FindingGroup]:
    """One group per clinimetric area of the record (Guidi & Fava Table 2)."""
    return [_group(section, title, getattr(record, section)) for section, title in GROUPS]
