"""The clinician report's one-paragraph summary, composed from the staging and the macro-analysis."""

from __future__ import annotations

from interview.report.inputs import ReportInput
from interview.report.values import words
from interview.safety.triage import screened
from interview.staging.results import Status, TrialVerdict
from interview.staging.safety import level_words


def _count(verdicts: list[TrialVerdict], noun: str) -> str:
    if not verdicts:
        return f"no {noun}s"
    adequate = sum(v.adequate is Status.MET for v in verdicts)
    inadequate = sum(v.adequate is Status.NOT_MET for v in verdicts)
    unknown = len(verdicts) - adequate - inadequate
    parts = [f"{adequate} adequate", f"{inadequate} not adequate"]
    if unknown:
        parts.append(f"{unknown} of unknown adequacy")
    return f"{len(verdicts)} {noun}(s) ({', '.join(parts)})"


def _safety_sentence(data: ReportInput) -> str:
    alert = data.highest_alert
    s = data.staging.safety
    if alert is not None:
        state = (
            f"acknowledged {alert.acknowledged_at:%Y-%m-%d %H:%M}"
            if alert.acknowledged_at
            else "not acknowledged"
        )
        return f"Safety: a {alert.level.value}-level suicide-risk alert ({state}) heads this report."
    if not screened(data.record.safety):
        return "Safety: no suicide-risk screen is recorded, so risk has not been ruled out."
    if s.derived_level_min != s.derived_level_max:
        return f"Safety: the screen is incomplete ({level_words(s)})."
    return "Safety: the suicide-risk screen endorsed nothing."


def clinician_summary(data: ReportInput) -> str:
    """Trials and their adequacy, the main stages, the differential, safety and the first targets."""
    s = data.staging
    label = s.case_label or "This case"
    trials = (
        f"{label}: {_count(s.medication_trials, 'medication trial')}, "
        f"{_count(s.psychotherapy_trials, 'psychotherapy course')} and "
        f"{_count(s.somatic_treatments, 'somatic course')}."
    )
    stages = "; ".join(f"{m.name} {m.outcome.label}" for m in s.methods if m.computable)
    inadequate = sum(
        v.adequate is Status.NOT_MET
        for v in s.medication_trials + s.psychotherapy_trials + s.somatic_treatments
    )
    pseudo = (
        f" {inadequate} trial(s) were not adequate, so their lack of effect points to pseudo-resistance, "
        "not resistance."
        if inadequate
        else ""
    )
    primary = [t.label for t in data.macro.hierarchy if t.placement.value == "primary"]
    targets = f" Suggested first targets (🛠 our proposal): {', '.join(primary[:3])}." if primary else ""
    return (
        f"{_safety_sentence(data)} {trials} Staging: {stages}. "
        f"Response spectrum of the current episode: {words(s.differential.spectrum)}.{pseudo}"
        f" {len(s.left_to_try)} evidence-based option(s) have not yet been adequately tried.{targets}"
    )
