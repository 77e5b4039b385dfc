"""A terminal drawing of the macro-analysis diagram, <= 100 columns: the SVG's boxes, layer by layer.

It draws the same `Diagram` as the HTML report (interview.macro_analysis.layout): the same areas in
the same layers, left to right in the same order, upstream on top; under each layer, the arrows
leaving its boxes. The caption says what only the tables hold.
"""

from __future__ import annotations

import textwrap

from interview.macro_analysis.layered import is_dummy
from interview.macro_analysis.layout import Diagram, diagram, is_confirmed
from interview.macro_analysis.model import Link, MacroAnalysis, Urgency

WIDTH = 100
_INNER = 28  # three boxes of 32 columns and two gaps fit in 100
_PER_ROW = 3


def _rating(value: int | None) -> str:
    return "?" if value is None else str(value)


def _box(lines: list[str]) -> list[str]:
    return [
        "┌" + "─" * (_INNER + 2) + "┐",
        *(f"│ {line.ljust(_INNER)} │" for line in lines),
        "└" + "─" * (_INNER + 2) + "┘",
    ]


def _side_by_side(contents: list[list[str]]) -> list[str]:
    """Boxes in rows of three, the boxes of a row as tall as its tallest."""
    out: list[str] = []
    for start in range(0, len(contents), _PER_ROW):
        row = contents[start : start + _PER_ROW]
        height = max(len(lines) for lines in row)
        boxes = [_box(lines + [""] * (height - len(lines))) for lines in row]
        out += ["  ".join(parts).rstrip() for parts in zip(*boxes, strict=True)]
    return out


def _area_lines(analysis: MacroAnalysis, area_id: str, position: int, primary: bool) -> list[str]:
    area = analysis.area(area_id)
    title = textwrap.wrap(f"[{position}] {area.label}", _INNER)
    ratings = f"S{_rating(area.severity)} B{_rating(area.burden)} I{_rating(area.impairment)}"
    urgency = [] if area.urgency is Urgency.ROUTINE else [area.urgency.value]
    status = " · ".join(["primary" if primary else "linked", *urgency, ratings])
    return [*title, *textwrap.wrap(status, _INNER)]


def _arrow(link: Link, number: dict[str, int], label: str, back: bool) -> str:
    style = "──▶" if is_confirmed(link) else "╌╌▶ (proposed)"
    text = f"  [{number[link.from_area]}] {link.kind.arrow} {style} [{number[link.to_area]}] {label}"
    if back:
        text += "  ↑ points up: closes a circle"
    return text if len(text) <= WIDTH else text[: WIDTH - 1] + "…"


def _layer_heading(index: int, count: int) -> str:
    where = " (upstream)" if index == 0 and count > 1 else " (downstream)" if index == count - 1 > 0 else ""
    return f"Layer {index + 1}{where}"


def draw_diagram(analysis: MacroAnalysis, d: Diagram) -> str:
    """The diagram's layers as rows of boxes, each followed by the arrows leaving its boxes."""
    number = {target.area_id: target.position for target in analysis.hierarchy}
    labels = {area.id: area.label for area in analysis.areas}
    out = ["Macro-analysis: the primary targets and their links (our proposal, 🛠 derived)"]
    out += [*textwrap.wrap(d.caption, WIDTH), ""]
    layers = [[n for n in row if not is_dummy(n)] for row in d.layered.layers]
    back = {route.edge for route in d.layered.routes if route.back}
    for index, row in enumerate(layers):
        out.append(_layer_heading(index, len(layers)))
        out += _side_by_side([_area_lines(analysis, a, number[a], a in d.selection.primary) for a in row])
        for area_id in row:
            for link in d.selection.links:
                if link.from_area == area_id:
                    edge = (link.from_area, link.to_area)
                    out.append(_arrow(link, number, labels[link.to_area], edge in back))
        out.append("")
    out.append("──▶ confirmed or added by a person   ╌╌▶ proposed by rule, not yet confirmed")
    out.append("[N] place in the suggested order; the urgency is shown when it is not routine")
    out.append("S severity, B burden, I impairment (0-3, ? unknown)")
    return "\n".join(out)


def draw(analysis: MacroAnalysis) -> str:
    """The terminal drawing of the analysis's diagram (see interview.macro_analysis.layout)."""
    return draw_diagram(analysis, diagram(analysis))
