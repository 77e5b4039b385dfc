"""The written shape of a text, for the patterns, with every position mapped back to the original."""

from __future__ import annotations

from dataclasses import dataclass

from interview.export.spans import Span
from interview.export.spoken import rewrites


@dataclass(frozen=True)
class Normalized:
    """A text with its spoken identifiers written out, and where each of its characters came from."""

    text: str
    starts: tuple[int, ...] = ()
    """For each character, the first original character it stands for (empty: nothing was rewritten)."""
    ends: tuple[int, ...] = ()
    """For each character, the end of the original characters it stands for."""

    def original(self, span: Span) -> Span:
        """The span of the original text that a span of the written shape covers."""
        if not self.starts or span.end <= span.start:
            return span
        return Span(self.starts[span.start], self.ends[span.end - 1], span.kind, span.replacement)


def normalize(text: str) -> Normalized:
    """Numbers, spelled codes, ordinals and spoken emails written as digits, letters and symbols."""
    found = rewrites(text)
    if not found:
        return Normalized(text)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for rewrite in found:
        pieces.append(text[position : rewrite.start])
        starts.extend(range(position, rewrite.start))
        ends.extend(range(position + 1, rewrite.start + 1))
        pieces.append(rewrite.written)
        starts.extend([rewrite.start] * len(rewrite.written))
        ends.extend([rewrite.end] * len(rewrite.written))
        position = rewrite.end
    pieces.append(text[position:])
    starts.extend(range(position, len(text)))
    ends.extend(range(position + 1, len(text) + 1))
    return Normalized("".join(pieces), tuple(starts), tuple(ends))
