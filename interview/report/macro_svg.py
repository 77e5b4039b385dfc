"""The geometry of the macro-analysis diagram's inline SVG: the layered diagram as boxes and arrows.

interview.macro_analysis.layout chooses what is drawn and its layers and order; this places them:
a row of boxes per layer, upstream on top, each arrow a polyline down through the gaps its dummy
nodes keep open (so it never runs through a box), ports spread along a box's edge in the order of
the arrows' other ends (so arrows leaving one box do not cross there). templates/macro.svg.j2 draws
it, escaped: area labels and link rationales may hold what a person typed.
"""

from __future__ import annotations

import textwrap

from pydantic import BaseModel, ConfigDict

from interview.macro_analysis import MacroAnalysis
from interview.macro_analysis.layered import Route, is_dummy
from interview.macro_analysis.layout import Diagram, diagram, is_confirmed

_MIN_WIDTH = 1040
_BOX_W = 176
_WRAP = 21  # characters per line in a box (13px text)
_MAX_LINES = 3
_LINE_H = 16
_DUMMY_W = 16
_GAP = 28
_ROW_GAP = 64
_MARGIN = 20
_LEGEND_H = 58


class SvgBox(BaseModel):
    """One problem area: its box, its lines of text and its tooltip."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    x: float
    y: float
    lines: list[str]
    css: str
    title: str


class SvgArrow(BaseModel):
    """One link as a polyline, its arrowhead at the last point."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    points: list[tuple[float, float]]
    css: str
    title: str
    label: str
    """'proposed' on links not yet confirmed, else empty."""
    label_x: float
    label_y: float


class SvgMacro(BaseModel):
    """Everything the template needs, with the text alternatives and the caption."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    width: int
    height: int
    box_w: int
    box_h: int
    boxes: list[SvgBox]
    arrows: list[SvgArrow]
    legend_y: int
    has_back: bool
    title: str
    description: str
    caption: str


def _lines(position: int, label: str) -> list[str]:
    """The box text, wrapped; a label too long for the box ends in '…' (the tables give it whole)."""
    lines = textwrap.wrap(f"{position}. {label}", _WRAP)
    if len(lines) > _MAX_LINES:
        lines = [*lines[: _MAX_LINES - 1], lines[_MAX_LINES - 1][: _WRAP - 1] + "…"]
    return lines


def _slots(layers: tuple[tuple[str, ...], ...], box_h: int) -> tuple[dict[str, tuple[float, float]], int]:
    """The left edge and top of every node's slot (rows centred), and the canvas width."""
    widths = [sum(_DUMMY_W if is_dummy(n) else _BOX_W for n in row) + _GAP * (len(row) - 1) for row in layers]
    width = max(_MIN_WIDTH, max(widths, default=0) + 2 * _MARGIN)
    where: dict[str, tuple[float, float]] = {}
    for index, (row, row_width) in enumerate(zip(layers, widths, strict=True)):
        x, y = (width - row_width) / 2, _MARGIN + index * (box_h + _ROW_GAP)
        for node in row:
            where[node] = (x, y)
            x += (_DUMMY_W if is_dummy(node) else _BOX_W) + _GAP
    return where, width


def _centre_x(node: str, where: dict[str, tuple[float, float]]) -> float:
    return where[node][0] + (_DUMMY_W if is_dummy(node) else _BOX_W) / 2


def _ports(routes: tuple[Route, ...], where: dict[str, tuple[float, float]]) -> dict[tuple[int, str], float]:
    """Where each route leaves its top box and enters its bottom box, spread in the others' order."""
    ports: dict[tuple[int, str], float] = {}
    for end, other in (("out", 1), ("in", -2)):
        by_box: dict[str, list[int]] = {}
        for index, route in enumerate(routes):
            by_box.setdefault(route.points[0 if end == "out" else -1], []).append(index)
        for box, indexes in by_box.items():
            indexes.sort(key=lambda i: (_centre_x(routes[i].points[other], where), i))
            for rank, index in enumerate(indexes, start=1):
                ports[(index, end)] = where[box][0] + _BOX_W * rank / (len(indexes) + 1)
    return ports


def _arrow(index: int, route: Route, d: Diagram, geometry: tuple[dict[str, tuple[float, float]], dict[tuple[int, str], float], int], labels: dict[str, str]) -> SvgArrow:
    where, ports, box_h = geometry
    top, bottom = route.points[0], route.points[-1]
    points = [(ports[(index, "out")], where[top][1] + box_h + 2)]
    for dummy in route.points[1:-1]:
        x, y = _centre_x(dummy, where), where[dummy][1]
        points += [(x, y), (x, y + box_h)]
    points.append((ports[(index, "in")], where[bottom][1] - 2))
    link = d.link(route.edge)
    proposed = not is_confirmed(link)
    (x1, y1), (x2, y2) = points[0], points[1]
    if route.back:  # the link points up: the arrowhead goes on the top box
        points.reverse()
    css = " ".join(["proposed" if proposed else "confirmed", *(["back"] if route.back else [])])
    return SvgArrow(
        points=points,
        css=css,
        title=link.kind.sentence(labels[link.from_area], labels[link.to_area]) + f" ({link.confidence.value})",
        label="proposed" if proposed else "",
        label_x=x1 + (x2 - x1) * 0.45,
        label_y=y1 + (y2 - y1) * 0.45,
    )


def layout(analysis: MacroAnalysis) -> SvgMacro:
    """The layered diagram: boxes in their layers, arrows through the gaps, a legend below."""
    d = diagram(analysis)
    position = {target.area_id: target.position for target in analysis.hierarchy}
    placement = {target.area_id: target.placement for target in analysis.hierarchy}
    text = {a: _lines(position[a], analysis.area(a).label) for a in d.selection.area_ids}
    box_h = 16 + _LINE_H * max((len(lines) for lines in text.values()), default=1)
    where, width = _slots(d.layered.layers, box_h)
    boxes = [
        SvgBox(
            x=where[a][0],
            y=where[a][1],
            lines=text[a],
            css="primary" if a in d.selection.primary else placement[a].name.lower().replace("_", "-"),
            title=f"{position[a]}. {analysis.area(a).label}: {placement[a].value}, {analysis.area(a).urgency.value}",
        )
        for a in d.selection.area_ids
    ]
    labels = {area.id: area.label for area in analysis.areas}
    geometry = (where, _ports(d.layered.routes, where), box_h)
    arrows = [_arrow(i, route, d, geometry, labels) for i, route in enumerate(d.layered.routes)]
    legend_y = _MARGIN + len(d.layered.layers) * (box_h + _ROW_GAP) - _ROW_GAP + 24
    return SvgMacro(
        width=width,
        height=legend_y + _LEGEND_H,
        box_w=_BOX_W,
        box_h=box_h,
        boxes=boxes,
        arrows=arrows,
        legend_y=legend_y,
        has_back=any(route.back for route in d.layered.routes),
        title="Macro-analysis: the primary targets and the links between them",
        description=f"{len(boxes)} problem area(s) numbered by their place in the suggested order, "
        f"{len(arrows)} link(s), upstream areas above the areas they lead to; dashed arrows are "
        "proposed by rule, solid ones confirmed. " + d.caption,
        caption=d.caption,
    )

