"""The geometry of the macro-analysis diagram's inline SVG: the layered diagram as boxes and arrows.

interview.macro_analysis.layout chooses what is drawn and its layers and order; this places them:
a row of boxes per layer, upstream on top, each arrow a polyline down through the gaps its dummy
nodes keep open (so it never runs through a box), ports spread along a box's edge in the order of
the arrows' other ends (so arrows leaving one box do not cross there). templates/macro.svg.j2 draws
it, escaped: area labels and link rationales may hold what a person typed.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from interview.macro_analysis import MacroAnalysis
from interview.macro_analysis.layered import Route, is_dummy
from interview.macro_analysis.layout import Diagram, diagram, is_confirmed
from interview.report.layer_positions import positions

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
_LABEL_AT = (0.45, 0.25, 0.7)  # where along an arrow's first segment its label may go
_LABEL_W, _LABEL_H = 56, 13  # a label's extent (11px text), for keeping labels apart


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


def _width(node: str) -> float:
    return _DUMMY_W if is_dummy(node) else _BOX_W


def _slots(d: Diagram, box_h: int) -> tuple[dict[str, tuple[float, float]], int]:
    """The left edge and top of every node's slot, and the canvas width (the drawing centred)."""
    layers = d.layered.layers
    segments = d.layered.segments
    centre = positions(layers, _width, segments, _GAP, bend=is_dummy)
    extent = max((centre[n] + _width(n) / 2 for n in centre), default=0.0)
    width = max(_MIN_WIDTH, int(extent) + 2 * _MARGIN)
    shift = (width - extent) / 2
    where = {
        node: (centre[node] - _width(node) / 2 + shift, float(_MARGIN + row * (box_h + _ROW_GAP)))
        for row, layer in enumerate(layers)
        for node in layer
    }
    return where, width


def _centre_x(node: str, where: dict[str, tuple[float, float]]) -> float:
    return where[node][0] + _width(node) / 2


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


@dataclass(frozen=True)
class _Geometry:
    where: dict[str, tuple[float, float]]
    """The left edge and top of every node's slot."""
    ports: dict[tuple[int, str], float]
    """The x where route i leaves ('out') its top box and enters ('in') its bottom box."""
    box_h: int


def _arrow(index: int, route: Route, d: Diagram, geometry: _Geometry, labels: dict[str, str]) -> SvgArrow:
    where, ports, box_h = geometry.where, geometry.ports, geometry.box_h
    top, bottom = route.points[0], route.points[-1]
    points = [(ports[(index, "out")], where[top][1] + box_h + 2)]
    for dummy in route.points[1:-1]:  # straight down the dummy's slot: never through a box
        x, y = _centre_x(dummy, where), where[dummy][1]
        points += [(x, y), (x, y + box_h)]
    points.append((ports[(index, "in")], where[bottom][1] - 2))
    if route.back:  # the link points up: the arrowhead goes on the top box
        points.reverse()
    link = d.link(route.edge)
    proposed = not is_confirmed(link)
    return SvgArrow(
        points=points,
        css=" ".join(["proposed" if proposed else "confirmed", *(["back"] if route.back else [])]),
        title=link.kind.sentence(labels[link.from_area], labels[link.to_area])
        + f" ({link.confidence.value})",
        label="proposed" if proposed else "",
        label_x=0.0,  # placed by _spread_labels, which sees every label
        label_y=0.0,
    )


def _spread_labels(arrows: list[SvgArrow]) -> list[SvgArrow]:
    """Each 'proposed' label at the first place along its arrow's first segment that is clear of the
    labels before it; a label with no clear place is left off (the dashes and the legend say it)."""
    taken: list[tuple[float, float]] = []
    out = []
    for arrow in arrows:
        if not arrow.label:
            out.append(arrow)
            continue
        (x1, y1), (x2, y2) = arrow.points[0], arrow.points[1]
        places = [(x1 + (x2 - x1) * f, y1 + (y2 - y1) * f) for f in _LABEL_AT]
        clear = [
            p for p in places if all(abs(p[0] - x) > _LABEL_W or abs(p[1] - y) > _LABEL_H for x, y in taken)
        ]
        if clear:
            taken.append(clear[0])
            out.append(arrow.model_copy(update={"label_x": clear[0][0], "label_y": clear[0][1]}))
        else:
            out.append(arrow.model_copy(update={"label": ""}))
    return out


def layout(analysis: MacroAnalysis) -> SvgMacro:
    """The layered diagram: boxes in their layers, arrows through the gaps, a legend below."""
    d = diagram(analysis)
    position = {target.area_id: target.position for target in analysis.hierarchy}
    placement = {target.area_id: target.placement for target in analysis.hierarchy}
    text = {a: _lines(position[a], analysis.area(a).label) for a in d.selection.area_ids}
    box_h = 16 + _LINE_H * max((len(lines) for lines in text.values()), default=1)
    where, width = _slots(d, box_h)
    boxes = [
        SvgBox(
            x=where[a][0],
            y=where[a][1],
            lines=text[a],
            css="primary" if a in d.selection.primary else placement[a].name.lower().replace("_", "-"),
            title=f"{position[a]}. {analysis.area(a).label}: {placement[a].value}, "
            f"{analysis.area(a).urgency.value}",
        )
        for a in d.selection.area_ids
    ]
    labels = {area.id: area.label for area in analysis.areas}
    geometry = _Geometry(where, _ports(d.layered.routes, where), box_h)
    arrows = _spread_labels(
        [_arrow(i, route, d, geometry, labels) for i, route in enumerate(d.layered.routes)]
    )
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
