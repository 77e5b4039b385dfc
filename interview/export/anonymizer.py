"""The free-text anonymizer: known identifiers, shaped identifiers, then the safe-list of words."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from interview.export.known import KnownIdentifiers
from interview.export.normalizer import normalize
from interview.export.patterns import age_spans, pattern_spans
from interview.export.spans import Span, apply, covers, merge
from interview.export.words import word_spans


@dataclass(frozen=True)
class Settings:
    """Which layers run (all, by default); written into every export's manifest."""

    known: bool = True
    patterns: bool = True
    words: bool = True

    def describe(self) -> dict[str, object]:
        return {
            "layers": [name for name in ("known", "patterns", "words") if getattr(self, name)],
            "ages_over_89": "written as 90+",
        }


class Anonymizer:
    """Finds the identifiers in a text and replaces each with a label of its kind ([NAME], [DATE], ...)."""

    def __init__(self, known: Iterable[str] = (), settings: Settings | None = None) -> None:
        self.known = KnownIdentifiers(known)
        self.settings = settings or Settings()

    def spans(self, text: str) -> list[Span]:
        """The merged identifier spans of a text (of the text as typed, also where the patterns ran on its
        written shape: "ninety-seven" is found as 97)."""
        found: list[Span] = []
        if self.settings.known and self.known:
            found += self.known.spans(text)
        written = normalize(text) if self.settings.patterns else None
        if written is not None:
            found += [written.original(s) for s in pattern_spans(written.text)]
        if self.settings.words:
            found += word_spans(text, merge(found))
        if written is not None:
            # an age is capped only where no other identifier covers it (not the 110 of an IP address)
            covered = merge(found)
            ages = [written.original(a) for a in age_spans(written.text)]
            found += [a for a in ages if not covers(covered, a)]
        return merge(found)

    def anonymize(self, text: str) -> str:
        """The text with every identifier found replaced."""
        return apply(text, self.spans(text))
