"""Both reports as Markdown: the clinician's in its fixed section order, the patient's in plain words.

Text that came from the interview (labels, priorities, free-text answers, drug names inside the
staging's reasons) is untrusted, so the finished document is made inert in one place: `<` is
escaped everywhere outside fenced blocks, and each fence is longer than any run of backticks inside
it. Table cells also keep pipes and line breaks from breaking their table.
"""

from __future__ import annotations

import re

from interview.report.clinician import ClinicianView, DifferentialView, MacroView, SafetyView, StagingRow
from interview.report.findings import FindingGroup
from interview.report.patient import PatientView
from interview.report.values import STATUS_WORDS
from interview.staging.results import Flag


def inert(text: str) -> str:
    """Prose made inert in Markdown: no HTML tag survives."""
    return text.replace("<", "&lt;")


def cell(text: str) -> str:
    """A table cell: pipes and line breaks kept inside the cell."""
    return text.replace("|", "\\|").replace("\n", " ")


def fenced(block: str) -> list[str]:
    """A verbatim block whose fence no backtick run inside it can close."""
    longest = max((len(run) for run in re.findall("`+", block)), default=0)
    fence = "`" * max(3, longest + 1)
    return [f"{fence}text", block, fence]


Lines = list[str | list[str]]
"""Markdown lines; a nested list is a fenced block, kept verbatim."""


def _document(parts: Lines) -> str:
    """Join prose (escaped) and fenced blocks (verbatim) into one document."""
    out = []
    for part in parts:
        out.append("\n".join(part) if isinstance(part, list) else inert(part))
    return "\n".join(out)


def _heading(title: str) -> list[str]:
    return [f"## {title}", ""]


def _session(view: ClinicianView, generated: str) -> list[str]:
    lines = [f"*Generated {generated}.*"]
    s = view.session
    if s is not None:
        lines.append(
            f"*Session {s.session_id}; patient label {s.patient_label or '(none)'}; "
            f"script {s.script}; started {s.started_at}; {s.status}.*"
        )
    if view.incomplete:
        lines.append(f"**{view.incomplete}**")
    return [*lines, ""]


def _safety(safety: SafetyView) -> list[str]:
    lines = _heading("Safety alerts")
    if not safety.alerts:
        lines.append("No safety alert was raised.")
    for alert in safety.alerts:
        ack = (
            f"acknowledged {alert.acknowledged_at:%Y-%m-%d %H:%M}"
            if alert.acknowledged_at
            else "**not acknowledged**"
        )
        raised = f", raised {alert.raised_at:%Y-%m-%d %H:%M}" if alert.raised_at else ""
        lines += [
            f"**⚠ {alert.level.value.upper()} suicide-risk alert** ({ack}{raised}; from the {alert.origin})",
            "",
            *([f"Acted on as {alert.level.value}: {alert.levels}.", ""] if alert.levels else []),
            "Endorsed: " + ("; ".join(alert.endorsed) or "nothing recorded") + ".",
            "",
            "Actions:",
            *[f"- {action}" for action in alert.actions],
            "",
        ]
        if alert.contacts:
            lines += ["Crisis contacts:", *[f"- {contact}" for contact in alert.contacts], ""]
        if alert.note:
            lines += [alert.note, ""]
        if alert.decision:
            lines += [f"**{alert.decision}**", ""]
    lines += ["", safety.screen]
    if safety.unanswered:
        lines.append("Unanswered screener items: " + ", ".join(safety.unanswered) + ".")
    if safety.mentions:
        lines += ["", "Said about risk in free text (denials start no screen):"]
        lines += [f"- {mention}" for mention in safety.mentions]
    return [*lines, ""]


def _staging(rows: list[StagingRow]) -> list[str]:
    lines = [
        *_heading("Staging, every method side by side"),
        "| Method | Value or range | Band | Criteria met | Unknowns that would narrow it |",
        "| --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        value = row.value if row.computable else f"**{row.value}**"
        lines.append(
            f"| {row.name} | {value} | {row.band} | {'; '.join(row.criteria_met) or '—'} | "
            f"{', '.join(row.narrowing) or '—'} |"
        )
    lines.append("")
    for row in rows:
        lines += [f"> {row.name}: {note}" for note in row.notes]
    return [*lines, ""]


def ours(derived: bool, source: str, words: str) -> str:
    """The 🛠 mark for our own interpretations, unless the source already says so."""
    return f" (🛠 {words})" if derived and "🛠" not in source else ""


def _flag(flag: Flag) -> str:
    ours_ = ours(flag.derived, flag.source, "our interpretation")
    return f"- **{flag.label}** ({STATUS_WORDS[flag.status]}): {flag.reason} — {flag.source}{ours_}"


def _differential(d: DifferentialView) -> list[str]:
    lines = [
        *_heading("Differential and pseudo-resistance"),
        f"Response spectrum of the current episode: **{d.spectrum}**.",
    ]
    if d.override:
        lines.append(d.override)
    lines += ["", "Pseudo-resistance flags (present or unknown):", ""]
    lines += [_flag(f) for f in d.pseudo_resistance] or ["- none"]
    lines += ["", "Trials that were not an adequate test:", ""]
    lines += [
        f"- {t.kind} **{t.label}**: " + "; ".join(r for r in t.reasons) for t in d.inadequate_trials
    ] or ["- none"]
    lines += ["", "Other differential flags (present or unknown):", ""]
    lines += [_flag(f) for f in d.other_flags] or ["- none"]
    lines += ["", "Possible behavioural-toxicity features (no stage is assigned):", ""]
    lines += [_flag(f) for f in d.behavioural_toxicity] or ["- none present or unknown"]
    if d.absent:
        lines += ["", "Absent: " + "; ".join(d.absent) + "."]
    lines += ["", *[f"> {note}" for note in d.notes]]
    return [*lines, ""]


def _left_to_try(view: ClinicianView) -> list[str]:
    lines = _heading("Not yet adequately tried (for discussion, not a prescription)")
    for option in view.left_to_try:
        mark = ours(option.derived, option.source, "our suggestion")
        lines.append(f"- **{option.label}**: {option.reason} — {option.source}{mark}")
    return [*(lines if view.left_to_try else [*lines, "- nothing listed"]), ""]


def _timeline(view: ClinicianView) -> Lines:
    return [*_heading("Treatment timeline"), fenced(view.timeline_drawing), ""]


def _macro(m: MacroView) -> Lines:
    lines: Lines = [*_heading("Macro-analysis"), m.summary, "", fenced(m.drawing), ""]
    lines += ["### Hierarchy of treatment targets (suggested)", ""]
    for target in m.hierarchy:
        lines.append(f"{target.position}. **{target.label}** ({target.placement.value})")
        lines += [f"   - {reason}" for reason in target.reasons]
    lines += ["", "### Links and their reasons", ""]
    for link in m.links:
        mark = ours(link.derived, link.source, "our proposal")
        lines.append(f"- {link.sentence} ({link.confidence}): {link.rationale} — {link.source}{mark}")
    if not m.links:
        lines.append("- no links proposed")
    lines += ["", *[f"> {note}" for note in m.notes]]
    return [*lines, ""]


def _findings(groups: list[FindingGroup]) -> list[str]:
    lines = _heading("Comorbidity, work-up, lifestyle, interpersonal, stress and well-being findings")
    for group in groups:
        lines += [f"### {group.title} ({group.known_count} of {len(group.findings)} known)", ""]
        lines += ["| Item | Finding |", "| --- | --- |"]
        lines += [f"| {cell(f.label)} | {cell(f.value)} |" for f in group.findings]
        lines.append("")
    return lines


def _notes(view: ClinicianView) -> list[str]:
    """The notes typed during the interview; said to be none only for a session (a record file has none)."""
    if not view.notes and view.session is None:
        return []
    lines = _heading("Clinician's notes from the interview")
    lines += [f"- {note.text} (at: {note.question})" for note in view.notes]
    return [*(lines if view.notes else [*lines, "No notes were typed during the interview."]), ""]


def clinician_markdown(view: ClinicianView, generated: str) -> str:
    """The clinician report in its fixed order: safety first, sources last."""
    lines: Lines = [f"# {view.title}", "", *_session(view, generated), *_safety(view.safety)]
    lines += [*_heading("Summary"), view.summary, ""]
    lines += _notes(view)
    lines += _staging(view.staging) + _differential(view.differential) + _left_to_try(view)
    lines += [*_timeline(view), *_macro(view.macro), *_findings(view.findings)]
    lines += _heading("Data gaps")
    lines += [f"- {gap.item}: {gap.affects}" for gap in view.gaps] or ["- none that change a result"]
    lines += ["", *_heading("Sources cited"), *[f"- {source}" for source in view.sources], ""]
    return _document(lines)


def patient_markdown(view: PatientView) -> str:
    """The patient report: where to get help first when needed, then each section in plain words."""
    lines = [f"# {view.title}", "", f"*{view.date}*", ""]
    if view.help_now is not None:
        lines += ["## If you need help now", "", *[f"**{p}**\n" for p in view.help_now.paragraphs]]
        lines += [f"- {contact}" for contact in view.help_now.contacts] + [""]
    for section in view.sections:
        lines += [f"## {section.title}", ""]
        for paragraph in section.paragraphs:
            lines += [paragraph, ""]
        if section.items:
            lines += [*[f"- {item}" for item in section.items], ""]
    return _document(list(lines))
