"""Detected identifier spans: merging overlaps and replacing them with a label of their kind."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

# Which label wins when two detectors cover the same characters: the more specific kind.
_PRIORITY = {
    "KNOWN": 9,
    "EMAIL": 8,
    "HANDLE": 8,
    "URL": 8,
    "IP": 8,
    "SSN": 7,
    "PHONE": 7,
    "DATE": 6,
    "ID": 5,
    "ADDRESS": 4,
    "ZIP": 4,
    "PLACE": 4,
    "NAME": 3,
    "WORD": 1,
}


@dataclass(frozen=True, order=True)
class Span:
    """Characters [start, end) of a text that identify someone, and what kind of identifier they are."""

    start: int
    end: int
    kind: str
    replacement: str = ""
    """What stands in the text instead; empty means `[KIND]`."""

    @property
    def label(self) -> str:
        """The text written in place of the identifier."""
        return self.replacement or f"[{self.kind}]"


def merge(spans: list[Span]) -> list[Span]:
    """Overlapping or touching spans become one, labelled with the most specific kind among them."""
    merged: list[Span] = []
    for span in sorted(spans):
        if merged and span.start <= merged[-1].end and not span.replacement and not merged[-1].replacement:
            last = merged[-1]
            kind = max(last.kind, span.kind, key=lambda k: _PRIORITY.get(k, 0))
            merged[-1] = Span(last.start, max(last.end, span.end), kind)
        elif merged and span.start < merged[-1].end:
            continue  # a fixed replacement (an age cap) keeps its own text; drop what overlaps it
        else:
            merged.append(span)
    return merged


def covers(merged: list[Span], span: Span) -> bool:
    """Whether any of the merged (sorted, disjoint) spans overlaps the span; a binary search, so checking
    every word of a long text stays linear-logarithmic."""
    i = bisect_right(merged, span.start, key=lambda s: s.start)
    return any(s.start < span.end and span.start < s.end for s in merged[max(0, i - 1) : i + 1])


def apply(text: str, spans: list[Span]) -> str:
    """The text with every span replaced by its label."""
    out: list[str] = []
    position = 0
    for span in merge(spans):
        out.append(text[position : span.start])
        out.append(span.label)
        position = span.end
    out.append(text[position:])
    return "".join(out)
