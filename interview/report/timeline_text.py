"""The treatment timeline as a text drawing for Markdown, at most 100 columns wide."""

from __future__ import annotations

import textwrap

from interview.report.timeline import KIND_TITLES, Adequacy, Bar, Timeline, axis_ticks
from interview.report.values import rounded

WIDTH = 100
_LABEL = 30
_BAR = 36
FILL = {Adequacy.ADEQUATE: "█", Adequacy.INADEQUATE: "░", Adequacy.UNKNOWN: "▒"}
LEGEND = "█ adequate   ░ not adequate   ▒ adequacy unknown   ? length unknown   (weeks · adequacy · outcome)"
_SHORT = {Adequacy.ADEQUATE: "adequate", Adequacy.INADEQUATE: "not adequate", Adequacy.UNKNOWN: "unknown"}


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _axis(span: float) -> list[str]:
    """A ruler under the bars, on whole weeks or months."""
    ticks = [(min(round(weeks / span * (_BAR - 1)), _BAR - 1), text) for weeks, text in axis_ticks(span, 4)]
    ruler = [" "] * (_BAR + 8)
    for position, text in ticks:
        start = min(position, len(ruler) - len(text))
        ruler[start : start + len(text)] = text
    return [" " * _LABEL + "|" + "-" * (_BAR - 2) + "|", " " * _LABEL + "".join(ruler).rstrip()]


def _row(bar: Bar, span: float) -> str:
    label = _fit(f"{bar.number:>2}. {bar.label}", _LABEL - 1).ljust(_LABEL)
    if bar.weeks is None or span <= 0:
        drawn = " " * round(bar.offset_weeks / span * _BAR) if span > 0 else ""
        drawn += "?"
        length = "? wk"
    else:
        start = round(bar.offset_weeks / span * _BAR)
        cells = max(1, round(bar.weeks / span * _BAR))
        drawn = " " * start + FILL[bar.adequacy] * cells
        length = f"{rounded(bar.weeks)} wk"
    tail = f" {length} · {_SHORT[bar.adequacy]} · {bar.outcome}"
    return _fit(label + drawn.ljust(_BAR) + tail, WIDTH).rstrip()


def draw_timeline(timeline: Timeline) -> str:
    """Bars grouped by kind, in recorded order, with a legend, a ruler and the note on dates."""
    if not timeline.bars:
        return "No medication, psychotherapy or somatic trials recorded."
    lines = [*textwrap.wrap(timeline.note, WIDTH), "", LEGEND, ""]
    for kind, title in KIND_TITLES.items():
        bars = [bar for bar in timeline.bars if bar.kind == kind]
        if bars:
            lines.append(title)
            lines += [_row(bar, timeline.span_weeks) for bar in bars]
    if timeline.span_weeks > 0:
        lines += _axis(timeline.span_weeks)
    return "\n".join(lines)
