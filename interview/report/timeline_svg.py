"""The geometry of the timeline's inline SVG; templates/timeline.svg.j2 draws it with escaping on."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from interview.report.timeline import KIND_TITLES, Adequacy, Timeline, axis_ticks
from interview.report.values import rounded

WIDTH = 1040
_LABEL_W = 260
_BAR_W = 440
_ROW_H = 26
_TOP = 16
_CLASS = {Adequacy.ADEQUATE: "adequate", Adequacy.INADEQUATE: "inadequate", Adequacy.UNKNOWN: "unknown"}


class SvgRow(BaseModel):
    """One line of the drawing: a kind's heading (no bar) or a trial's bar."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    y: float
    label: str
    heading: bool = False
    x: float = 0
    width: float = 0
    css: str = ""
    text: str = ""
    title: str = ""


class SvgTick(BaseModel):
    """A ruler mark in weeks."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    x: float
    label: str


class SvgTimeline(BaseModel):
    """Everything the template needs: size, rows, ruler and text alternatives."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    width: int
    height: int
    label_width: int
    bar_width: int
    rows: list[SvgRow]
    ticks: list[SvgTick]
    axis_y: float
    title: str
    description: str


def _ticks(span: float) -> list[SvgTick]:
    if span <= 0:
        return []
    return [SvgTick(x=_LABEL_W + _BAR_W * weeks / span, label=label) for weeks, label in axis_ticks(span)]


def layout(timeline: Timeline) -> SvgTimeline:
    """Rows top to bottom: each kind's heading, then its trials in recorded order."""
    rows: list[SvgRow] = []
    y = float(_TOP)
    span = timeline.span_weeks
    for kind, title in KIND_TITLES.items():
        bars = [bar for bar in timeline.bars if bar.kind == kind]
        if not bars:
            continue
        rows.append(SvgRow(y=y, label=title, heading=True))
        y += _ROW_H
        for bar in bars:
            known = bar.weeks is not None and span > 0
            x = _LABEL_W + (bar.offset_weeks / span * _BAR_W if span > 0 else 0)
            width = max(3.0, (bar.weeks or 0) / span * _BAR_W) if known else 14.0
            length = f"{rounded(bar.weeks)} wk" if bar.weeks is not None else "length unknown"
            summary = f"{length} · {bar.adequacy.value} · outcome {bar.outcome}"
            rows.append(
                SvgRow(
                    y=y,
                    label=f"{bar.number}. {bar.label}",
                    x=x,
                    width=width,
                    css=_CLASS[bar.adequacy] + ("" if known else " length-unknown"),
                    text=summary,
                    title=f"{KIND_TITLES[kind]} {bar.number}, {bar.label}: {summary}",
                )
            )
            y += _ROW_H
    count = len(timeline.bars)
    adequate = sum(bar.adequacy is Adequacy.ADEQUATE for bar in timeline.bars)
    return SvgTimeline(
        width=WIDTH,
        height=int(y + 40),
        label_width=_LABEL_W,
        bar_width=_BAR_W,
        rows=rows,
        ticks=_ticks(span),
        axis_y=y + 6,
        title="Treatment timeline",
        description=f"{count} trial(s), {adequate} adequate. {timeline.note} The table below has the data.",
    )
