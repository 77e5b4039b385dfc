"""The results of an attempt, and a trainee's progress, as plain text (screen-reader friendly)."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from interview.practice.agreement import MIN_KAPPA_ITEMS
from interview.practice.comparison import Agreement, ItemResult
from interview.practice.results import PracticeResults
from interview.storage.attempts import AttemptSummary

WIDTH = 100

INSTRUCTIONS = (
    "For each question you see what the patient says. Type how you would code it, as in an interview: "
    "'100 mg', 'about 2 months', '3', \"don't know\". back, skip, why, help and review work as usual. "
    "At the end you see your agreement with the expert's coding."
)
"""What a trainee is told before the first question (plain mode and the TUI alike)."""


def render_results(results: PracticeResults) -> str:
    """Agreement table, disagreements with the expert's reasons, staging side by side, teaching points."""
    lines = [f"Results: {results.case.title}", ""]
    if not results.completed:
        lines += ["(The practice stopped before the end: unanswered questions count as disagreements.)", ""]
    lines += _agreement_table([*results.sections, results.overall])
    lines += ["", *_disagreements(results.disagreements)]
    if results.unscored:
        lines += ["", *_free_text(results.unscored)]
    lines += ["", *_staging(results)]
    if results.case.teaching_points:
        lines += ["", "What this case teaches:"]
        lines += [_wrap(point, "  - ", "    ") for point in results.case.teaching_points]
    return "\n".join(lines) + "\n"


def _agreement_table(rows: Sequence[Agreement]) -> list[str]:
    lines = [
        "Agreement with the expert",
        f"  {'section':42} {'items':>5} {'agreed':>6} {'percent':>7}  kappa",
    ]
    for row in rows:
        percent = f"{row.percent:.0f}%" if row.percent is not None else "-"
        title = row.title if len(row.title) <= 42 else row.title[:41] + "…"
        lines.append(f"  {title:42} {row.scored:>5} {row.agreed:>6} {percent:>7}  {row.kappa.short()}")
    note = (
        f"Kappa is Cohen's, chance-corrected, over the yes/no, choice and rating items; it is given "
        f"where there are at least {MIN_KAPPA_ITEMS} of them and more than one category in use (n/a "
        "otherwise). Durations, doses and estimates agree within a tolerance and count in percent only."
    )
    return [*lines, _wrap(note, "  ", "  ")]


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


def _free_text(items: list[ItemResult]) -> list[str]:
    """Free-text answers are not scored; those worded differently are shown side by side."""
    differ = [
        i
        for i in items
        if " ".join(i.trainee.shown.split()).casefold() != " ".join(i.expert.shown.split()).casefold()
    ]
    lines = [
        f"Free text (not scored): {len(items)} answers, {len(differ)} worded differently from the expert."
    ]
    for item in differ:
        lines.append(f"  - {item.label}")
        lines.append(_wrap(f"you: {item.trainee.shown}", "      ", "        "))
        lines.append(_wrap(f"expert: {item.expert.shown}", "      ", "        "))
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
