"""The geometry of the macro-analysis diagram's inline SVG: areas on a circle, links as arrows.

A circle keeps every arrow a straight chord whatever the links are, so no layout engine is needed;
the hierarchy's order runs clockwise from the top. templates/macro.svg.j2 draws it, escaped.
"""

from __future__ import annotations

import math
import textwrap

from pydantic import BaseModel, ConfigDict

from interview.macro_analysis import Confidence, MacroAnalysis

_MIN_WIDTH = 1040
_BOX_W, _BOX_H = 190, 50
_MARGIN = 30
_GAP = 24


class SvgBox(BaseModel):
    """One problem area: its box, its lines of text and its tooltip."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    x: float
    y: float
    lines: list[str]
    css: str
    title: str


class SvgArrow(BaseModel):
    """One link, clipped to the edges of its two boxes."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    x1: float
    y1: float
    x2: float
    y2: float
    css: str
    title: str


class SvgMacro(BaseModel):
    """Everything the template needs, with the text alternatives."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    width: int
    height: int
    box_w: int
    box_h: int
    boxes: list[SvgBox]
    arrows: list[SvgArrow]
    title: str
    description: str


def _clip(cx: float, cy: float, dx: float, dy: float) -> tuple[float, float]:
    """Where the ray from a box's centre along (dx, dy) leaves the box (plus a small gap)."""
    half_w, half_h = _BOX_W / 2 + 4, _BOX_H / 2 + 4
    scale = min(half_w / abs(dx) if dx else math.inf, half_h / abs(dy) if dy else math.inf)
    return cx + dx * scale, cy + dy * scale


def _centres(count: int) -> tuple[list[tuple[float, float]], int, int]:
    """Centres on an ellipse wide enough that neighbouring boxes never overlap; canvas width, height."""
    if count == 1:
        return [(_MIN_WIDTH / 2, _MARGIN + _BOX_H / 2)], _MIN_WIDTH, _BOX_H + 2 * _MARGIN
    step = 2 * math.pi / count
    radius_x = max(_MIN_WIDTH / 2 - _BOX_W / 2 - _MARGIN, (_BOX_W + _GAP) / (2 * math.sin(step / 2)))
    radius_y = max(90.0, count * 28.0)
    width = int(2 * (radius_x + _BOX_W / 2 + _MARGIN))
    # a half step off the vertical keeps the top and bottom boxes side by side, not stacked
    start = -math.pi / 2 + (step / 2 if count >= 4 else 0)
    angles = [start + step * i for i in range(count)]
    points = [(width / 2 + radius_x * math.cos(a), radius_y * math.sin(a)) for a in angles]
    top = min(y for _, y in points)
    points = [(x, y - top + _MARGIN + _BOX_H / 2) for x, y in points]
    return points, width, int(max(y for _, y in points) + _BOX_H / 2 + _MARGIN)


def layout(analysis: MacroAnalysis) -> SvgMacro:
    """Boxes in the hierarchy's order, clockwise from the top; an arrow per link."""
    order = [target.area_id for target in analysis.hierarchy]
    centres, width, height = _centres(len(order)) if order else ([], _MIN_WIDTH, 0)
    where = dict(zip(order, centres, strict=True))
    boxes = []
    for target, (cx, cy) in zip(analysis.hierarchy, centres, strict=True):
        area = analysis.area(target.area_id)
        lines = textwrap.wrap(f"{target.position}. {area.label}", 27)
        if len(lines) > 2:  # the tooltip and the tables give the whole label
            lines = [lines[0], lines[1][:26] + "…"]
        boxes.append(
            SvgBox(
                x=cx - _BOX_W / 2,
                y=cy - _BOX_H / 2,
                lines=lines,
                css=target.placement.name.lower().replace("_", "-"),
                title=f"{target.position}. {area.label}: {target.placement.value}, {area.urgency.value}",
            )
        )
    labels = {area.id: area.label for area in analysis.areas}
    arrows = []
    for link in analysis.links:
        (x1, y1), (x2, y2) = where[link.from_area], where[link.to_area]
        dx, dy = x2 - x1, y2 - y1
        start, end = _clip(x1, y1, dx, dy), _clip(x2, y2, -dx, -dy)
        arrows.append(
            SvgArrow(
                x1=start[0],
                y1=start[1],
                x2=end[0],
                y2=end[1],
                css="proposed" if link.confidence is Confidence.PROPOSED else "confirmed",
                title=link.kind.sentence(labels[link.from_area], labels[link.to_area])
                + f" ({link.confidence.value})",
            )
        )
    return SvgMacro(
        width=width,
        height=height,
        box_w=_BOX_W,
        box_h=_BOX_H,
        boxes=boxes,
        arrows=arrows,
        title="Macro-analysis: problem areas and the links between them",
        description=f"{len(boxes)} problem area(s) numbered in the suggested order, {len(arrows)} link(s); "
        "dashed arrows are proposed by rule, solid ones confirmed or added by the clinician. "
        "The hierarchy and the link table below give the same content.",
    )
