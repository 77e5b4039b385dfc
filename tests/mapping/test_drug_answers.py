"""Drug names are understood while typed: brands and slips matched, unknown names kept, ambiguity asked."""

from __future__ import annotations

import pytest

from interview.engine.understanding import NotUnderstood, Understood
from interview.engine.understanding.drugs import understand_drug_answer
from interview.mapping import generic_name
from interview.record import load_catalogue

NAMES = load_catalogue().names()


@pytest.mark.parametrize(
    ("typed", "value", "approximate"),
    [
        ("Zoloft", "Zoloft", False),
        ("zolfot", "Zoloft", True),
        ("sertaline", "sertraline", True),
        ("Newdrugazine", "Newdrugazine", True),
    ],
)
def test_one_drug_name(typed: str, value: str, approximate: bool) -> None:
    understood = understand_drug_answer(typed, NAMES)
    assert isinstance(understood, Understood)
    assert (understood.value, understood.approximate) == (value, approximate)


def test_an_unknown_name_is_kept_and_the_read_back_says_so() -> None:
    understood = understand_drug_answer("Newdrugazine", NAMES)
    assert isinstance(understood, Understood)
    assert understood.display == "Newdrugazine (not in the drug catalogue)"


def test_several_drugs_in_one_answer() -> None:
    understood = understand_drug_answer("lithium and aripiprazol", NAMES, several=True)
    assert isinstance(understood, Understood)
    assert understood.value == "lithium, aripiprazole"


def test_a_name_that_fits_several_drugs_is_asked_again() -> None:
    assert isinstance(understand_drug_answer("desv", ["desvenlafaxine", "desvenlafaxina"]), NotUnderstood)


@pytest.mark.parametrize(
    ("name", "generic"),
    [("Zoloft", "sertraline"), ("LEXAPRO", "escitalopram"), ("Newdrugazine", "Newdrugazine")],
)
def test_the_record_keeps_the_generic_name(name: str, generic: str) -> None:
    assert generic_name(name) == generic
