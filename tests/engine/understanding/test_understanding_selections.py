"""Months, choices, ratings and drug names, as specifications."""

from __future__ import annotations

import datetime

import pytest

from interview.engine.understanding import (
    NotUnderstood,
    Understood,
    understand_choice,
    understand_choices,
    understand_drug_name,
    understand_month_year,
    understand_rating,
)
from interview.engine.understanding.choices import Menu

TODAY = datetime.date(2025, 6, 10)
PHQ = [
    ("not_at_all", "Not at all"),
    ("several", "Several days"),
    ("more_half", "More than half the days"),
    ("nearly", "Nearly every day"),
]
SIDE_EFFECTS = [
    ("anx", "Anxiety"),
    ("ins", "Insomnia"),
    ("nv", "Nausea and vomiting"),
    ("wt", "Weight gain"),
    ("sex", "Sexual dysfunction"),
]
KELLNER = [
    (1, "Extremely better"),
    (2, "A lot better"),
    (3, "Moderately better"),
    (4, "A little better"),
    (5, "No change"),
    (6, "A little worse"),
    (7, "Moderately worse"),
    (8, "A lot worse"),
    (9, "Extremely worse"),
]
DRUGS = ["sertraline", "Zoloft", "fluoxetine", "Prozac", "lithium", "bupropion", "buspirone"]


@pytest.mark.parametrize(
    ("text", "value", "approximate"),
    [
        ("March 2023", "2023-03", False),
        ("mar 2023", "2023-03", False),
        ("Sept. 2022", "2022-09", False),
        ("2022 September", "2022-09", False),
        ("03/2023", "2023-03", False),
        ("3-2023", "2023-03", False),
        ("2023-03", "2023-03", False),
        ("2023-03-15", "2023-03", False),
        ("15 March 2023", "2023-03", False),
        ("March 15, 2023", "2023-03", False),
        ("mar 23", "2023-03", True),  # a two-digit year: the latest one not in the future
        ("mar '99", "1999-03", True),
        ("last March", "2025-03", True),  # the latest March before this month
        ("last June", "2024-06", True),
        ("June", "2025-06", True),  # a month alone: the latest one, this month included
        ("July", "2024-07", True),
        ("this month", "2025-06", True),
        ("last month", "2025-05", True),
        ("3 months ago", "2025-03", True),
        ("mid 2021", "2021-07", True),
        ("about March 2023", "2023-03", True),
    ],
)
def test_months_are_read_in_many_forms(text: str, value: str, approximate: bool) -> None:
    result = understand_month_year(text, TODAY)
    assert isinstance(result, Understood)
    assert (result.value, result.approximate) == (value, approximate)


def test_a_month_reads_back_in_words() -> None:
    assert understand_month_year("03/2023", TODAY) == Understood("2023-03", "March 2023", False)


@pytest.mark.parametrize(
    ("text", "reason"),
    [("July 2025", "future"), ("2030-01", "future"), ("1850-01", "too long ago")],
)
def test_impossible_months_say_why(text: str, reason: str) -> None:
    result = understand_month_year(text, TODAY)
    assert isinstance(result, NotUnderstood)
    assert reason in result.message


@pytest.mark.parametrize("text", ["", "2023", "13/2023", "03/04/2023", "someday", "Marchember 2023"])
def test_unclear_months_ask_again_naming_the_forms(text: str) -> None:
    result = understand_month_year(text, TODAY)
    assert isinstance(result, NotUnderstood)
    assert "March 2023" in result.message


@pytest.mark.parametrize(
    ("text", "value", "approximate"),
    [
        ("2", "several", False),
        ("2.", "several", False),
        ("option 3", "more_half", False),
        ("several", "several", False),
        ("Several days", "several", False),
        ("NEARLY EVERY DAY", "nearly", False),
        ("two", "several", True),
        ("sev", "several", True),  # an unambiguous prefix
        ("more than half", "more_half", True),
        ("severl days", "several", True),  # a typo
        ("nearly evry day", "nearly", True),
    ],
)
def test_a_choice_is_taken_by_number_value_label_prefix_or_typo(
    text: str, value: str, approximate: bool
) -> None:
    result = understand_choice(text, PHQ)
    assert isinstance(result, Understood)
    assert (result.value, result.approximate) == (value, approximate)


def test_a_choice_reads_back_with_its_number() -> None:
    assert understand_choice("2", PHQ) == Understood("several", "2. Several days", False)


def test_the_number_shown_wins_over_a_numeric_value_but_is_asked_back_once() -> None:
    options = [("2", "Two or more"), ("1", "One"), ("0", "None")]
    result = understand_choice("2", options)
    assert isinstance(result, Understood)
    assert (result.value, result.confirm) == ("1", "Did you mean 2. One?")


def test_numbered_by_score_a_number_is_the_score_and_needs_no_asking() -> None:
    menu = Menu([("0", "Not at all"), ("1", "Several days")], numbers=[0, 1])
    assert understand_choice("1", menu) == Understood("1", "1. Several days", False)
    assert understand_choice("0", menu) == Understood("0", "0. Not at all", False)


@pytest.mark.parametrize("text", ["n", "5", "0", "xyz", "", "every"])
def test_an_unmatched_choice_lists_the_options(text: str) -> None:
    result = understand_choice(text, PHQ)
    assert isinstance(result, NotUnderstood)
    assert "1. Not at all" in result.message


def test_an_ambiguous_choice_lists_only_the_candidates() -> None:
    options = [("a", "More than half the days"), ("b", "More than once"), ("c", "Never")]
    result = understand_choice("more than", options)
    assert result == NotUnderstood(
        "Did you mean 1. More than half the days or 2. More than once? Please type the number."
    )


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("1, 3 and 5", ["anx", "nv", "sex"]),
        ("1 3 5", ["anx", "nv", "sex"]),
        ("5, 1", ["sex", "anx"]),
        ("1, 1, 2", ["anx", "ins"]),
        ("one, three and five", ["anx", "nv", "sex"]),
        ("anxiety and insomnia", ["anx", "ins"]),
        ("anxiety insomnia", ["anx", "ins"]),
        ("nausea and vomiting, insomnia", ["nv", "ins"]),  # a label with "and" stays whole
        ("insomnia, nausea and vomiting", ["ins", "nv"]),
        ("weight gain and anxeity", ["wt", "anx"]),
        ("all", ["anx", "ins", "nv", "wt", "sex"]),  # "all" has no order of its own: option order
        ("all of the above", ["anx", "ins", "nv", "wt", "sex"]),
        ("none", []),
        ("none of the above", []),
    ],
)
def test_several_choices_come_back_in_the_order_typed(text: str, values: list[str]) -> None:
    result = understand_choices(text, SIDE_EFFECTS)
    assert isinstance(result, Understood)
    assert result.value == values


def test_none_is_refused_when_the_question_needs_one_at_least() -> None:
    result = understand_choices("none", SIDE_EFFECTS, allow_none_option=False)
    assert isinstance(result, NotUnderstood)
    assert "at least one" in result.message


def test_an_option_called_none_is_chosen_rather_than_meaning_nothing() -> None:
    options = [("x", "Headache"), ("none", "None")]
    assert understand_choices("none", options) == Understood(["none"], "2. None", False)


def test_an_unmatched_item_in_a_list_is_named() -> None:
    result = understand_choices("1 and fish", SIDE_EFFECTS)
    assert isinstance(result, NotUnderstood)
    assert "'fish'" in result.message


@pytest.mark.parametrize(
    ("text", "point", "display", "approximate"),
    [
        ("2", 2, "2. A lot better", False),
        ("two", 2, "2. A lot better", True),
        ("a lot better", 2, "2. A lot better", False),
        ("A lot beter", 2, "2. A lot better", True),
        ("no change", 5, "5. No change", False),
        ("extremely worse", 9, "9. Extremely worse", False),
    ],
)
def test_a_rating_is_taken_by_number_or_label(text: str, point: int, display: str, approximate: bool) -> None:
    assert understand_rating(text, KELLNER) == Understood(point, display, approximate)


def test_an_unlabelled_point_reads_back_as_its_number() -> None:
    assert understand_rating("3", [(1, "Best"), (3, None), (5, "Worst")]) == Understood(3, "3", False)


@pytest.mark.parametrize("text", ["0", "10", "4.5", "", "fantastic"])
def test_an_unmatched_rating_describes_the_scale(text: str) -> None:
    result = understand_rating(text, KELLNER)
    assert isinstance(result, NotUnderstood)
    assert "from 1 to 9" in result.message


@pytest.mark.parametrize(
    ("text", "name", "display", "approximate"),
    [
        ("sertraline", "sertraline", "sertraline", False),
        ("Sertraline", "sertraline", "sertraline", False),
        ("zoloft", "Zoloft", "Zoloft (sertraline)", False),
        ("sertaline", "sertraline", "sertraline", True),  # a known misspelling: read back, not asked
        ("lithum", "lithium", "lithium", True),
    ],
)
def test_drug_names_brands_and_known_misspellings_are_taken_at_once(
    text: str, name: str, display: str, approximate: bool
) -> None:
    assert understand_drug_name(text, DRUGS) == Understood(name, display, approximate)


@pytest.mark.parametrize(
    ("text", "name", "display"),
    [("zolfot", "Zoloft", "Zoloft (sertraline)"), ("fluox", "fluoxetine", "fluoxetine")],
)
def test_a_drug_name_matched_only_approximately_is_confirmed(text: str, name: str, display: str) -> None:
    assert understand_drug_name(text, DRUGS) == Understood(
        name, display, True, confirm=f"Did you mean {display}?"
    )


@pytest.mark.parametrize("text", ["", "pro", "bu", "the yellow ones", "don't know", "none of them really"])
def test_words_that_are_not_a_drug_name_ask_again(text: str) -> None:
    assert isinstance(understand_drug_name(text, DRUGS), NotUnderstood)
