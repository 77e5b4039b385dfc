"""The clinician report's content, in reading order, shared by the Markdown, HTML and JSON renderers."""

from __future__ import annotations

from dataclasses import replace

from pydantic import BaseModel, ConfigDict

from interview.macro_analysis.drawing import draw
from interview.macro_analysis.model import MacroAnalysis, Target
from interview.record.macro import Checker
from interview.report.alerts import Alert
from interview.report.findings import FindingGroup, findings
from interview.report.inputs import ReportInput, SessionInfo
from interview.report.notes import ClinicianNote
from interview.report.summary import clinician_summary
from interview.report.timeline import Timeline, build_timeline
from interview.report.timeline_text import draw_timeline
from interview.report.values import plain_paths, words
from interview.staging.results import Flag, MethodResult, Option, Status, TrialVerdict
from interview.staging.safety import level_words

PSEUDO_RESISTANCE_FLAGS = frozenset(
    {
        "dose_below_adequacy",
        "duration_below_adequacy",
        "poor_adherence",
        "pharmacokinetic",
        "bipolar_features",
        "other_misdiagnosis",
    }
)
"""Flags that point to pseudo-resistance (Nierenberg & Amsterdam 1990, clinical-rules §13)."""

NOT_COMPUTABLE = "cannot be computed: point values unconfirmed"
SCREENING_NOTE = (
    "The C-SSRS screener is a screening tool, not a diagnosis; risk stratification also needs "
    "clinical judgement [W40], [W37]."
)


class View(BaseModel):
    """Base of the report views."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class SafetyView(View):
    """The safety section: alerts first, then the state of the screen itself."""

    alerts: list[Alert]
    screen: str
    """The derived triage level (or range) and the level the interview recorded."""
    unanswered: list[str]
    mentions: list[str] = []
    """Risk statements and denials typed in the session, one line each."""


class StagingRow(View):
    """One staging method in the side-by-side table."""

    key: str
    name: str
    value: str
    band: str
    computable: bool
    criteria_met: list[str]
    narrowing: list[str]
    notes: list[str]
    source: str


class InadequateTrial(View):
    """A trial that was not an adequate test, with the criteria it did not meet."""

    kind: str
    label: str
    reasons: list[str]


class DifferentialView(View):
    """The response spectrum and the flags that are present or unknown."""

    spectrum: str
    override: str
    pseudo_resistance: list[Flag]
    other_flags: list[Flag]
    absent: list[str]
    behavioural_toxicity: list[Flag]
    inadequate_trials: list[InadequateTrial]
    notes: list[str]


class LinkView(View):
    """A macro-analysis link as a sentence, with where it comes from."""

    sentence: str
    confidence: str
    """Its status and who checked it ("confirmed by the patient", "removed by the clinician")."""
    rationale: str
    source: str
    derived: bool


class MacroView(View):
    """The macro-analysis diagram, hierarchy with reasons and links."""

    analysis: MacroAnalysis
    """The analysis itself, for drawings that need its geometry (the HTML diagram)."""

    summary: str
    drawing: str
    hierarchy: list[Target]
    links: list[LinkView]
    notes: list[str]


class Gap(View):
    """A piece of missing information and what it would change."""

    item: str
    affects: str


class ClinicianView(View):
    """Every section of the clinician report, in the order the report shows them."""

    title: str
    session: SessionInfo | None
    incomplete: str
    """Said when the session has not finished: the record holds only what was asked so far."""
    safety: SafetyView
    summary: str
    staging: list[StagingRow]
    differential: DifferentialView
    left_to_try: list[Option]
    timeline: Timeline
    timeline_drawing: str
    macro: MacroView
    findings: list[FindingGroup]
    notes: list[ClinicianNote]
    """The clinician's notes typed during the interview, with the question each was typed at."""
    gaps: list[Gap]
    sources: list[str]


def _safety(data: ReportInput) -> SafetyView:
    s = data.staging.safety
    screen = (
        f"Triage level from the answers: {level_words(s)}; recorded by the interview: {s.recorded_level}."
    )
    screen += " " + SCREENING_NOTE
    # An alert derived from a record was never shown with contacts; its actions point at the crisis
    # resources, so it carries those configured now.
    alerts = [
        alert if alert.contacts else alert.model_copy(update={"contacts": list(data.crisis_contacts)})
        for alert in data.alerts
    ]
    return SafetyView(
        alerts=alerts,
        screen=screen,
        unanswered=[plain_paths(p) for p in s.narrowing_inputs],
        mentions=[mention.line for mention in data.risk_mentions],
    )


def _row(m: MethodResult) -> StagingRow:
    value = m.outcome.label if m.computable else f"total {NOT_COMPUTABLE}"
    notes = list(m.notes) if not m.computable else []
    if m.override_applied and m.without_override is not None:
        notes.append(f"Clinician override applied; derived without it: {m.without_override.label}.")
    return StagingRow(
        key=m.key,
        name=m.name,
        value=value,
        band=m.outcome.band or "—",
        computable=m.computable,
        criteria_met=[c.label for c in m.criteria if c.status is Status.MET],
        narrowing=[plain_paths(p) for p in m.narrowing_inputs],
        notes=notes,
        source=m.source,
    )


def _inadequate(verdicts: list[TrialVerdict]) -> list[InadequateTrial]:
    return [
        InadequateTrial(
            kind=v.kind,
            label=v.label,
            reasons=[f"{c.label}: {c.reason}" for c in v.criteria if c.status is Status.NOT_MET],
        )
        for v in verdicts
        if v.adequate is Status.NOT_MET
    ]


def _differential(data: ReportInput) -> DifferentialView:
    d = data.staging.differential
    shown = [replace(f, reason=plain_paths(f.reason)) for f in d.flags if f.status is not Status.NOT_MET]
    s = data.staging
    override = (
        f"Clinician override ({d.override_reason}); derived: {d.derived_spectrum}"
        if d.override_applied
        else ""
    )
    return DifferentialView(
        spectrum=words(d.spectrum),
        override=override,
        pseudo_resistance=[f for f in shown if f.key in PSEUDO_RESISTANCE_FLAGS],
        other_flags=[f for f in shown if f.key not in PSEUDO_RESISTANCE_FLAGS],
        absent=[f.label for f in d.flags if f.status is Status.NOT_MET],
        behavioural_toxicity=[f for f in d.behavioural_toxicity if f.status is not Status.NOT_MET],
        inadequate_trials=_inadequate(s.medication_trials + s.psychotherapy_trials + s.somatic_treatments),
        notes=list(d.notes),
    )


def _removed_status(by: Checker | None) -> str:
    """A link read back and removed, and by whom (the removed links stay in the table)."""
    who = {
        Checker.PATIENT: "the patient",
        Checker.CLINICIAN: "the clinician",
        Checker.BOTH: "the patient and the clinician",
    }
    return f"removed by {who[by]}" if by is not None else "removed in the interview"


def _macro(data: ReportInput) -> MacroView:
    analysis = data.macro
    labels = {area.id: area.label for area in analysis.areas}
    removed = [(link, _removed_status(link.checked_by)) for link in analysis.removed_links]
    links = [
        LinkView(
            sentence=link.kind.sentence(labels[link.from_area], labels[link.to_area]),
            confidence=status,
            rationale=link.rationale,
            source=link.source,
            derived=link.derived,
        )
        for link, status in [*((link, link.status) for link in analysis.links), *removed]
    ]
    return MacroView(
        analysis=analysis,
        summary=analysis.summary,
        drawing=draw(analysis),
        hierarchy=list(analysis.hierarchy),
        links=links,
        notes=[analysis.derived_note, *analysis.notes],
    )


def _gaps(data: ReportInput) -> list[Gap]:
    affected: dict[str, list[str]] = {}
    for m in data.staging.methods:
        for path in m.narrowing_inputs:
            affected.setdefault(path, []).append(m.name)
    gaps = [
        Gap(item=plain_paths(path), affects="narrows " + ", ".join(names)) for path, names in affected.items()
    ]
    gaps += [
        Gap(item=plain_paths(path), affects="the safety triage level")
        for path in data.staging.safety.narrowing_inputs
    ]
    s = data.staging
    for v in s.medication_trials + s.psychotherapy_trials + s.somatic_treatments:
        unknown = [c.label for c in v.criteria if c.status is Status.UNKNOWN]
        if v.adequate is Status.UNKNOWN and unknown:
            gaps.append(
                Gap(
                    item=f"{v.kind} {v.index + 1} ({v.label}): {', '.join(unknown)}",
                    affects="whether the trial was adequate",
                )
            )
    dm_trd = next((m for m in data.staging.methods if m.id == "dm_trd" and not m.computable), None)
    if dm_trd is not None:
        gaps.append(
            Gap(item=f"{dm_trd.name} point values", affects=f"the {dm_trd.name} total ({NOT_COMPUTABLE})")
        )
    return gaps


def _sources(data: ReportInput) -> list[str]:
    s = data.staging
    found = [m.source for m in s.methods]
    found += [c.source for m in s.methods for c in m.criteria]
    found += [
        c.source
        for v in s.medication_trials + s.psychotherapy_trials + s.somatic_treatments
        for c in v.criteria
    ]
    found += [f.source for f in s.differential.flags + s.differential.behavioural_toxicity]
    found += [c.source for c in s.safety.criteria + s.differential.spectrum_criteria]
    found += [o.source for o in s.left_to_try] + [link.source for link in data.macro.links]
    found += [setting.source for setting in s.settings]
    return sorted({source for source in found if source})


def incomplete_notice(data: ReportInput) -> str:
    """A warning when the report comes from an unfinished session ('' otherwise)."""
    session = data.session
    if session is None or session.status in ("finished", ""):
        return ""
    return (
        f"The interview is not finished ({session.status}): questions not reached yet read as "
        "'not asked', so ranges are wider and findings fewer than they will be."
    )


def clinician_view(data: ReportInput) -> ClinicianView:
    """The clinician report's sections, safety first."""
    label = data.staging.case_label
    timeline = build_timeline(data.record, data.staging)
    return ClinicianView(
        title=f"Clinician report: {label}" if label else "Clinician report",
        session=data.session,
        incomplete=incomplete_notice(data),
        safety=_safety(data),
        summary=clinician_summary(data),
        staging=[_row(m) for m in data.staging.methods],
        differential=_differential(data),
        left_to_try=list(data.staging.left_to_try),
        timeline=timeline,
        timeline_drawing=draw_timeline(timeline),
        macro=_macro(data),
        findings=findings(data.record),
        notes=list(data.notes),
        gaps=_gaps(data),
        sources=_sources(data),
    )
