"""Percent agreement and Cohen's kappa, checked against hand-worked tables."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interview.practice.agreement import cohen_kappa, percent_agreement


def table(yes_yes: int, yes_no: int, no_yes: int, no_no: int) -> list[tuple[str, str]]:
    return [("y", "y")] * yes_yes + [("y", "n")] * yes_no + [("n", "y")] * no_yes + [("n", "n")] * no_no


def test_kappa_of_the_textbook_two_by_two_table() -> None:
    # po = 35/50 = 0.7; pe = 0.5*0.6 + 0.5*0.4 = 0.5; kappa = 0.2/0.5 = 0.4 (Wikipedia's worked example)
    assert cohen_kappa(table(20, 5, 10, 15)).value == pytest.approx(0.4)


def test_kappa_with_three_categories() -> None:
    pairs = [("a", "a")] * 5 + [("b", "b")] * 3 + [("c", "c")] * 2 + [("a", "b"), ("c", "a")]
    # po = 10/12; A: a6 b3 c3, B: a6 b4 c2; pe = (36 + 12 + 6)/144 = 0.375
    assert cohen_kappa(pairs).value == pytest.approx((10 / 12 - 0.375) / 0.625)


def test_perfect_agreement_is_one_and_systematic_disagreement_is_negative() -> None:
    assert cohen_kappa(table(6, 0, 0, 6)).value == pytest.approx(1.0)
    assert cohen_kappa(table(0, 6, 6, 0)).value == pytest.approx(-1.0)


def test_kappa_is_not_given_for_too_few_items() -> None:
    kappa = cohen_kappa(table(3, 0, 0, 3))
    assert kappa.value is None and "at least 10" in kappa.reason
    assert kappa.shown().startswith("not given: 6 categorical items")
    assert kappa.short() == "n/a (6 items)"


def test_kappa_is_not_given_when_both_raters_use_one_category() -> None:
    kappa = cohen_kappa(table(12, 0, 0, 0))
    assert kappa.value is None and "single category" in kappa.reason
    assert kappa.short() == "n/a (one category)"


def test_percent_agreement() -> None:
    assert percent_agreement([True, True, False, True]) == 75.0
    assert percent_agreement([]) is None


@given(st.lists(st.tuples(st.sampled_from("abc"), st.sampled_from("abc")), min_size=10, max_size=60))
def test_kappa_is_symmetric_and_at_most_one(pairs: list[tuple[str, str]]) -> None:
    kappa = cohen_kappa(pairs)
    swapped = cohen_kappa([(b, a) for a, b in pairs])
    assert kappa.value == swapped.value or kappa.value == pytest.approx(swapped.value)
    if kappa.value is not None:
        assert -1.0 <= kappa.value <= 1.0 + 1e-9
