"""A terminal drawing of the problem areas as numbered boxes with their outgoing arrows, <= 100 columns."""

from __future__ import annotations

import textwrap

from interview.macro_analysis.model import Confidence, MacroAnalysis

WIDTH = 100
_BOX = 60


def _box(lines: list[str]) -> list[str]:
    inner = max(len(line) for line in lines)
    return [
        "┌" + "─" * (inner + 2) + "┐",
        *(f"│ {line.ljust(inner)} │" for line in lines),
        "└" + "─" * (inner + 2) + "┘",
    ]


def _rating(value: int | None) -> str:
    return "?" if value is None else str(value)


def draw(analysis: MacroAnalysis) -> str:
    """Boxes in the order of the hierarchy; under each, arrows to the boxes it influences."""
    number = {target.area_id: target.position for target in analysis.hierarchy}
    out = ["Macro-analysis: problem areas and proposed links (our proposal, 🛠 derived)", ""]
    for target in analysis.hierarchy:
        area = analysis.area(target.area_id)
        title = f"[{target.position}] {area.label}"
        ratings = f"S{_rating(area.severity)} B{_rating(area.burden)} I{_rating(area.impairment)}"
        lines = [*textwrap.wrap(title, _BOX), f"{target.placement.value} · {area.urgency.value} · {ratings}"]
        out += _box(lines)
        arrows = [link for link in analysis.links if link.from_area == area.id]
        for index, link in enumerate(arrows):
            branch = "└" if index == len(arrows) - 1 else "├"
            style = "──▶" if link.confidence is not Confidence.PROPOSED else "╌╌▶"
            to = analysis.area(link.to_area)
            text = f"  {branch}─ {link.kind.arrow} {style} [{number[to.id]}] {to.label}"
            out.append(text if len(text) <= WIDTH else text[: WIDTH - 1] + "…")
        out.append("")
    out.append("──▶ confirmed or added by the clinician   ╌╌▶ proposed by rule, not yet confirmed")
    out.append("S severity, B burden, I impairment (0-3, ? unknown)")
    return "\n".join(out)
