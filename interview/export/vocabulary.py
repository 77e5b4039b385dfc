"""The clinical allow-list: drug names, therapies, scales, units and symptoms survive anonymization."""

from __future__ import annotations

from functools import cache
from importlib import resources

from interview.export import safelist
from interview.record import load_catalogue
from interview.record.catalogue import medicine_names

_GIVEN_NAME_BRANDS = frozenset({"yasmin", "allegra", "amias"})
"""Brands that are also given names, missing from the names list: a friend called Yasmin stays masked."""


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
    # every medicine the record knows (the other medicines' catalogue, misspellings too); of a name of
    # several words only its rare words ("st john's wort": "wort"), and no word that is a person's name
    for name in medicine_names():
        words = name.split()
        terms.update(
            w
            for w in words
            if not safelist.is_name(w)
            and w not in _GIVEN_NAME_BRANDS
            and (len(words) == 1 or safelist.frequency(w) < safelist.COMMON)
        )
    return frozenset(terms)


def is_clinical(word: str) -> bool:
    """Whether a word (any case, trailing dot allowed) is clinical vocabulary."""
    folded = word.casefold().rstrip(".")
    return folded in clinical_terms() or folded.replace("-", "") in clinical_terms()
