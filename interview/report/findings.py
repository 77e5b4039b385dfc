"""Lifestyle, interpersonal, illness-behaviour, stress and well-being findings, field by field."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from interview.record import ClinicalRecord
from interview.record.base import RecordModel
from interview.record.comorbidity import ConcurrentDrug
from interview.record.values import YesNo
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
    ("comorbidity", "Comorbidity, other medicines and interactions"),
    ("workup", "Iatrogenic work-up: medical drugs, brand changes, investigations, prescriber"),
    ("lifestyle", "Lifestyle"),
    ("interpersonal", "Interpersonal relationships"),
    ("stress_load", "Stress load"),
    ("illness_behaviour", "Illness behaviour"),
    ("well_being", "Psychological well-being (Ryff)"),
    ("preferences", "Preferences and priorities"),
)


_LABELS = {
    "depressogenic_drugs": "medical drugs that can cause depression",
    "brand_or_formulation_change": "brand or formulation change",
    "prescriber_alliance": "alliance with the prescriber",
    "concurrent_drugs": "other medicines now, and interactions",
    "personality_disorder": "personality",
}
"""Labels where the field's name does not read well on its own."""


def _group(section: str, title: str, part: RecordModel) -> FindingGroup:
    findings = []
    for name, info in type(part).model_fields.items():
        value = getattr(part, name)
        known = is_known(value) and value != []
        findings.append(
            Finding(
                field=f"{section}.{name}",
                label=_LABELS.get(name, words(name)),
                value=_concurrent(value) if name == "concurrent_drugs" else shown(value),
                known=known,
                meaning=(info.description or "").strip(),
            )
        )
    return FindingGroup(title=title, findings=findings)


def _concurrent(drugs: list[ConcurrentDrug]) -> str:
    """Each other medicine with its purpose and whether it changes antidepressant levels."""
    if not drugs:
        return "none"
    said = []
    for drug in drugs:
        details = [shown(drug.purpose)] if is_known(drug.purpose) else []
        if drug.enzyme_inducer_or_inhibitor is YesNo.YES:
            details.append(
                "changes antidepressant levels (enzyme inducer or inhibitor): check the interaction"
            )
        elif is_known(drug.enzyme_inducer_or_inhibitor):
            details.append(f"interaction: {shown(drug.enzyme_inducer_or_inhibitor)}")
        said.append(drug.name + (f" ({'; '.join(details)})" if details else ""))
    return "; ".join(said)


def _stopping(record: ClinicalRecord) -> FindingGroup:
    """Per medicine: how it was stopped, withdrawal, and a switch into hypomania (bipolar answers)."""
    rows = []
    for number, trial in enumerate(record.medication_trials, start=1):
        parts = [
            f"stopped: {shown(trial.how_stopped)}",
            f"withdrawal or rebound: {shown(trial.withdrawal_symptoms)}",
            f"switch to hypomania or mania: {shown(trial.behavioural_toxicity.switch_to_hypomania_or_mania)}",
        ]
        known = is_known(trial.how_stopped) or is_known(trial.withdrawal_symptoms)
        rows.append(
            Finding(
                field=f"medication_trials[{number - 1}]",
                label=f"{number}. {trial.drug}",
                value="; ".join(parts),
                known=known,
                meaning="A fast stop can bring withdrawal that is mistaken for relapse (Fava & Cosci 2019).",
            )
        )
    return FindingGroup(title="How each medicine was stopped", findings=rows)


def findings(record: ClinicalRecord) -> list[FindingGroup]:
    """One group per clinimetric area of the record (Guidi & Fava Table 2), the comorbidity and
    iatrogenic work-up ([S-PN]; [S-GF] Fig. 1), and how each medicine was stopped."""
    groups = [_group(section, title, getattr(record, section)) for section, title in GROUPS]
    if record.medication_trials:
        groups.insert(2, _stopping(record))
    return groups
