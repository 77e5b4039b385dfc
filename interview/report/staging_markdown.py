"""render_markdown(): the staging report as Markdown a clinician can read."""

from __future__ import annotations

from interview.report.values import CRITERION_WORDS
from interview.staging.results import (
    Criterion,
    Flag,
    MethodResult,
    StagingReport,
    TrialVerdict,
)
from interview.staging.safety import level_words


def _criterion_line(c: Criterion | Flag) -> str:
    ours = " (🛠 our interpretation)" if c.derived else ""
    source = f" — {c.source}" if c.source else ""
    return f"- **{c.label}**: {CRITERION_WORDS[c.status]}. {c.reason}{source}{ours}"


def _safety(report: StagingReport) -> list[str]:
    s = report.safety
    level = level_words(s)
    lines = [
        "## Safety screen (C-SSRS screener)",
        "",
        f"Triage level from the answers: **{level}**; recorded by the interview: {s.recorded_level}.",
        "Endorsed: " + ("; ".join(s.endorsed) if s.endorsed else "nothing endorsed") + ".",
        "",
    ]
    if s.narrowing_inputs:
        lines += ["Unanswered: " + ", ".join(s.narrowing_inputs), ""]
    return lines


_BAR_NAMES = {"conway": "Conway", "markowitz": "Markowitz", "guidi_fava": "Guidi & Fava"}


def _trials(title: str, verdicts: list[TrialVerdict]) -> list[str]:
    if not verdicts:
        return []
    lines = [f"### {title}", ""]
    for v in verdicts:
        adequacy = f"adequate {CRITERION_WORDS[v.adequate]}"
        if v.kind == "psychotherapy":  # three bars, three verdicts (clinical-rules §16)
            adequacy = "adequate by " + ", ".join(
                f"{_BAR_NAMES[key]} {CRITERION_WORDS[value]}" for key, value in v.adequacy_by_method.items()
            )
        lines.append(
            f"**{v.index + 1}. {v.label}** ({v.episode} episode): {adequacy}; outcome {v.outcome}; "
            f"counts as a trial that did not help enough (Conway): {CRITERION_WORDS[v.counts_as_failure]}"
            if v.kind == "psychotherapy"
            else f"**{v.index + 1}. {v.label}** ({v.episode} episode): {adequacy}; outcome "
            f"{v.outcome}; counts as a trial that did not help enough: {CRITERION_WORDS[v.counts_as_failure]}"
        )
        lines += [_criterion_line(c) for c in v.criteria]
        lines += [f"- *Clinician override*: {o}" for o in v.overrides]
        lines.append("")
    return lines


def _method(m: MethodResult) -> list[str]:
    band = f" — band: {m.outcome.band}" if m.outcome.band else ""
    lines = [f"### {m.name}", "", f"**{m.outcome.label}**{band}", "", f"Source: {m.source}", ""]
    if m.override_applied and m.without_override is not None:
        lines += [f"Clinician override applied; derived without it: {m.without_override.label}", ""]
    lines += [_criterion_line(c) for c in m.criteria]
    if m.narrowing_inputs:
        lines += ["", "Would narrow the range: " + ", ".join(m.narrowing_inputs)]
    lines += [""] + [f"> {note}" for note in m.notes] + [""]
    return lines


def _differential(report: StagingReport) -> list[str]:
    d = report.differential
    lines = ["## Differential (Guidi & Fava)", "", f"Response spectrum: **{d.spectrum}**"]
    if d.override_applied:
        lines.append(f"Clinician override (reason: {d.override_reason}); derived: {d.derived_spectrum}")
    lines.append("")
    lines += [_criterion_line(c) for c in d.spectrum_criteria]
    lines += ["", "### Flags", ""] + [_criterion_line(f) for f in d.flags]
    lines += ["", "### Possible behavioural-toxicity features (no stage)", ""]
    lines += [_criterion_line(f) for f in d.behavioural_toxicity] or ["- no medication trials"]
    lines += [""] + [f"> {note}" for note in d.notes] + [""]
    return lines


def _options(report: StagingReport) -> list[str]:
    lines = ["## What is left to try (for discussion, not a prescription)", ""]
    for o in report.left_to_try:
        ours = " (🛠 our suggestion)" if o.derived else ""
        lines.append(f"- **{o.label}**: {o.reason} — {o.source}{ours}")
    return [*lines, ""]


def render_markdown(report: StagingReport) -> str:
    """The whole report: safety first, then trials, methods, differential and options."""
    title = f"# Staging report: {report.case_label}" if report.case_label else "# Staging report"
    lines = [title, "", *_safety(report), "## Trials", ""]
    lines += _trials("Medication", report.medication_trials)
    lines += _trials("Psychotherapy", report.psychotherapy_trials)
    lines += _trials("Somatic treatments", report.somatic_treatments)
    lines += ["## Staging methods side by side", ""]
    lines += ["| Method | Result | Band |", "| --- | --- | --- |"]
    lines += [f"| {m.name} | {m.outcome.label} | {m.outcome.band or '—'} |" for m in report.methods]
    lines.append("")
    for m in report.methods:
        lines += _method(m)
    lines += _differential(report) + _options(report)
    lines += ["## Settings used", ""]
    lines += [f"- {s.name} = {s.value} — {s.source}" for s in report.settings]
    lines += ["", *[f"> {n}" for n in report.notes], ""]
    return "\n".join(lines)
