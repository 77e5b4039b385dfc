"""The clinical allow-list: drug names, therapies, scales, units and symptoms survive anonymization."""

from __future__ import annotations

from functools import cache
from importlib import resources

from interview.record import load_catalogue


def _listed_terms() -> set[str]:
    text = resources.files("interview.export").joinpath("data/clinical_terms.txt").read_text("utf-8")
    terms: set[str] = set()
    for line in text.splitlines():
        terms.update(line.split("#", 1)[0].casefold().split())
    return terms


@cache
def clinical_terms() -> frozenset[str]:
    """Every clinical word the anonymizer keeps, case-folded (single words; multi-word names split)."""
    terms = _listed_terms()
    for drug in load_catalogue().drugs:
        for name in (drug.generic, *drug.brands, *drug.aliases):
            terms.update(name.casefold().split())
    return frozenset(terms)


def is_clinical(word: str) -> bool:
    """Whether a word (any case, trailing dot allowed) is clinical vocabulary."""
    folded = word.casefold().rstrip(".")
    return folded in clinical_terms() or folded.replace("-", "") in clinical_terms()
