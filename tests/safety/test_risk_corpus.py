"""The labelled risk corpora: their size and coverage, and every development line handled as labelled.

The held-out file is measured by benchmarks/risk_detection.py, never tuned on, and not asserted here.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from interview.safety import scan_risk
from interview.safety.lexicon import CATEGORIES, default_lexicon
from tests.safety.real_words import near_misses, shipped_lexicon

CORPORA = Path(__file__).resolve().parent.parent / "corpora" / "risk"


def corpus(name: str) -> list[tuple[str, str, str, str]]:
    """(label, category, form, text) of each line of a corpus file."""
    rows = []
    for raw in (CORPORA / name).read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            label, category, form, text = raw.split("\t")
            rows.append((label, category, form, text))
    return rows


def test_the_corpora_hold_300_risk_statements_and_200_lines_that_must_not_fire() -> None:
    labels = Counter(row[0] for name in ("dev.tsv", "heldout.tsv") for row in corpus(name))
    assert labels["risk"] >= 300
    assert labels["denial"] + labels["ordinary"] >= 200


@pytest.mark.parametrize("name", ["dev.tsv", "heldout.tsv"])
def test_each_corpus_covers_every_category_and_form(name: str) -> None:
    risk = {(row[1], row[2]) for row in corpus(name) if row[0] == "risk"}
    assert {c for c, _ in risk} == {*CATEGORIES, "third_party"}
    assert {f for _, f in risk} == {"plain", "slang", "misspelling", "shorthand"}


@pytest.mark.parametrize(("label", "category", "form", "text"), corpus("dev.tsv"))
def test_every_development_line_is_handled_as_labelled(
    label: str, category: str, form: str, text: str
) -> None:
    found = scan_risk(text)
    if label == "risk":
        assert found.cues, f"{category}/{form}: missed"
    elif label == "denial":
        assert not found.cues and found.denials
    else:
        assert not found.cues


def test_the_shipped_list_of_real_words_is_current() -> None:
    assert sorted(default_lexicon().real_words) == near_misses(shipped_lexicon())
