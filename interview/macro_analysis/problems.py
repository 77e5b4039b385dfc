"""Problem areas as the analysis shows them: findings plus catalogue label, tools and priority."""

from __future__ import annotations

from interview.macro_analysis.areas import Finding, findings
from interview.macro_analysis.domains import DOMAIN_OF
from interview.macro_analysis.model import ProblemArea
from interview.macro_analysis.rules import AreaSpec, Rules, Tool, ToolKind
from interview.record.macro import AreaRating
from interview.record.missing import Missing
from interview.record.model import ClinicalRecord
from interview.record.values import YesNo


def _open_tools(spec: AreaSpec, record: ClinicalRecord) -> list[Tool]:
    """The area's tools minus those the patient is not open to or wants to avoid."""
    prefs = record.preferences
    closed: set[ToolKind] = set()
    if prefs.open_to_psychotherapy == YesNo.NO:
        closed.add(ToolKind.PSYCHOTHERAPY)
    if prefs.open_to_medication_change == YesNo.NO:
        closed.add(ToolKind.MEDICATION)
    avoid = [word.lower() for word in prefs.treatments_to_avoid if word.strip()]
    return [
        tool
        for tool in spec.treatments
        if tool.kind is ToolKind.SAFETY
        or (tool.kind not in closed and not any(word in tool.label.lower() for word in avoid))
    ]


def stated_priorities(record: ClinicalRecord, rules: Rules, chosen: list[str]) -> dict[str, int]:
    """Area id -> the patient's rank (1 first). Clinician-chosen ids win over matched words.

    Matching the patient's own words to areas by keyword is our proposal (🛠 derived).
    """
    if chosen:
        return {area_id: rank for rank, area_id in enumerate(chosen, start=1)}
    ranks: dict[str, int] = {}
    for rank, text in enumerate(record.preferences.priorities, start=1):
        lowered = text.lower()
        for area_id, spec in rules.areas.items():
            if any(word in lowered for word in spec.priority_words):
                ranks.setdefault(area_id, rank)
    return ranks


def _area(
    found: Finding, spec: AreaSpec, record: ClinicalRecord, rank: int | None, rating: AreaRating | None
) -> ProblemArea:
    tools = _open_tools(spec, record)
    notes = list(found.notes)
    evidence = list(found.evidence)
    if not tools:
        notes.append("every treatment tool for this area is ruled out by the patient's preferences")
    burden = rating.burden if rating is not None else None
    impairment = found.impairment
    if burden is not None:
        evidence.append(f"the patient rated how much it troubles them: {burden} (0-3)")
    if rating is not None and rating.impairment is not None:
        impairment = rating.impairment  # the patient's own rating of this area wins over the episode's
        evidence.append(f"the patient rated how much it gets in the way: {rating.impairment} (0-3)")
    return ProblemArea(
        id=found.id,
        label=found.label or spec.label,
        plain=spec.plain or spec.label.lower(),
        domain=DOMAIN_OF[found.id],
        severity=found.severity,
        burden=burden,
        impairment=impairment,
        urgency=found.urgency,
        urgency_reason=found.urgency_reason,
        treatment_available=bool(tools),
        treatments=[tool.label for tool in tools],
        patient_priority=rank,
        evidence=evidence,
        notes=notes,
    )


def problem_areas(
    record: ClinicalRecord,
    rules: Rules,
    chosen_priorities: list[str],
    ratings: list[AreaRating] | None = None,
) -> list[ProblemArea]:
    """Every problem area the record supports, with its tools, the patient's priority and the
    patient's own burden and impairment ratings (asked in the interview, clinical-rules §12)."""
    ranks = stated_priorities(record, rules, chosen_priorities)
    rated = {rating.area: rating for rating in ratings or []}
    return [
        _area(found, rules.areas[found.id], record, ranks.get(found.id), rated.get(found.id))
        for found in findings(record)
    ]


def case_label(record: ClinicalRecord) -> str | None:
    """The record's pseudonymous label, if any."""
    return None if isinstance(record.case_label, Missing) else record.case_label
