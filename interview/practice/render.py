"""The results of an attempt, and a trainee's progress, as plain text (screen-reader friendly)."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from interview.practice.comparison import Agreement, ItemResult
from interview.practice.results import PracticeResults
from interview.storage.attempts import AttemptSummary

WIDTH = 100


def render_results(results: PracticeResults) -> str:
    """Agreement table, disagreements with the expert's reasons, staging side by side, teaching points."""
    lines = [f"Results: {results.case.title}", ""]
    if not results.completed:
        lines += ["(The practice stopped before the end: unanswered questions count as disagreements.)", ""]
    lines += _agreement_table([*results.sections, results.overall])
    lines += ["", *_disagreements(results.disagreements)]
    if results.unscored:
        lines += ["", "Free text (not scored; compare the wording yourself):"]
        for item in results.unscored:
            lines.append(f"  - {item.label}")
            lines.append(f"      you: {item.trainee.shown} | expert: {item.expert.shown}")
    lines += ["", *_staging(results)]
    if results.case.teaching_points:
        lines += ["", "What this case teaches:"]
        lines += [_wrap(point, "  - ", "    ") for point in results.case.teaching_points]
    return "\n".join(lines) + "\n"


def _agreement_table(rows: Sequence[Agreement]) -> list[str]:
    lines = [
        "Agreement with the expert",
        f"  {'section':38} {'items':>5} {'agreed':>6} {'percent':>7}  kappa",
    ]
    notes: list[str] = []
    for row in rows:
        percent = f"{row.percent:.0f}%" if row.percent is not None else "-"
        if row.kappa.value is not None:
            kappa = f"{row.kappa.value:.2f}"
        else:
            notes.append(row.kappa.reason)
            kappa = "n/a" + "*" * (sorted(set(notes), key=notes.index).index(row.kappa.reason) + 1)
        lines.append(f"  {row.title[:38]:38} {row.scored:>5} {row.agreed:>6} {percent:>7}  {kappa}")
    for number, note in enumerate(sorted(set(notes), key=notes.index), start=1):
        lines.append(f"  {'*' * number} kappa not given: {note}")
    lines.append(
        _wrap(
            "Kappa is Cohen's, over the yes/no, choice and rating items (chance-corrected); durations and "
            "doses agree within a tolerance and count in percent only.",
            "  ",
            "  ",
        )
    )
    return lines


def _disagreements(items: list[ItemResult]) -> list[str]:
    if not items:
        return ["No disagreements: every scored item was coded as the expert coded it."]
    lines = [f"Disagreements ({len(items)}):"]
    for number, item in enumerate(items, start=1):
        lines.append(f"  {number}. {item.label}")
        if item.says:
            lines.append(_wrap(f'The patient said: "{item.says.strip()}"', "       ", "       "))
        lines.append(f"       You coded: {item.trainee.shown}")
        lines.append(f"       The expert coded: {item.expert.shown}")
        if item.reason:
            lines.append(_wrap(f"Why: {item.reason.strip()}", "       ", "       "))
    return lines


def _staging(results: PracticeResults) -> list[str]:
    if not results.staging:
        return [f"Staging: {results.staging_note or 'not available'}."]
    lines = ["Staging from your coding beside the expert's:"]
    for row in results.staging:
        mark = "  " if row.same else "≠ "
        lines.append(f"  {mark}{row.label}")
        lines.append(f"      expert: {row.expert}")
        if not row.same:
            lines.append(f"      yours:  {row.trainee}")
    differ = sum(1 for row in results.staging if not row.same)
    lines.append(f"  {differ} of {len(results.staging)} values differ (≠)." if differ else "  All the same.")
    return lines


def render_history(attempts: Sequence[AttemptSummary]) -> str:
    """A trainee's attempts, oldest first, so progress shows."""
    if not attempts:
        return "No practice attempts yet. Start one with: interview practice\n"
    lines = [f"{'when':19} {'case':32} {'agreed':>9} {'percent':>7} {'kappa':>6}  staging"]
    for a in attempts:
        percent = f"{a.percent:.0f}%" if a.percent is not None else "-"
        kappa = f"{a.kappa:.2f}" if a.kappa is not None else "n/a"
        staging = f"{a.staging_same}/{a.staging_rows} same" if a.staging_rows else "-"
        agreed = f"{a.items_agreed}/{a.items_scored}"
        lines.append(
            f"{a.finished_at[:19]:19} {a.case_id[:32]:32} {agreed:>9} {percent:>7} {kappa:>6}  {staging}"
        )
    return "\n".join(lines) + "\n"


def _wrap(text: str, first: str, rest: str) -> str:
    return textwrap.fill(text, WIDTH, initial_indent=first, subsequent_indent=rest)
