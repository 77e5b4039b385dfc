"""Numbers, durations and doses, as specifications."""

from __future__ import annotations

import datetime

import pytest

from interview.engine.understanding import (
    WEEKS_PER_MONTH,
    NotUnderstood,
    Understood,
    understand_dose_mg_per_day,
    understand_duration_weeks,
    understand_integer,
    understand_number,
)

TODAY = datetime.date(2025, 6, 10)


@pytest.mark.parametrize(
    ("text", "value", "display", "approximate"),
    [
        ("12", 12, "12 weeks", False),
        ("12 weeks", 12, "12 weeks", False),
        ("1 week", 1, "1 week", False),
        ("three", 3, "3 weeks", True),
        ("twelve", 12, "12 weeks", True),
        ("twenty-one", 21, "21 weeks", True),
        ("about 12", 12, "12 weeks", True),
        ("12ish", 12, "12 weeks", True),
        ("~12", 12, "12 weeks", True),
    ],
)
def test_integers_are_read_from_digits_or_words(
    text: str, value: int, display: str, approximate: bool
) -> None:
    assert understand_integer(text, 0, 100, "weeks") == Understood(value, display, approximate)


@pytest.mark.parametrize(
    ("text", "minimum", "maximum", "named"),
    [
        ("101", 0, 100, "from 0 to 100"),
        ("-1", 0, None, "of at least 0"),
        ("31", None, 30, "of at most 30"),
    ],
)
def test_integers_out_of_range_name_the_bounds(
    text: str, minimum: int | None, maximum: int | None, named: str
) -> None:
    result = understand_integer(text, minimum, maximum, None)
    assert isinstance(result, NotUnderstood)
    assert named in result.message


@pytest.mark.parametrize("text", ["1.5", "a few", "10-12", "between 10 and 12", "", "1e3", "nan"])
def test_anything_but_one_whole_number_is_not_an_integer(text: str) -> None:
    assert isinstance(understand_integer(text, None, None, None), NotUnderstood)


def test_a_range_asks_for_one_best_estimate() -> None:
    result = understand_integer("10 to 12", None, None, None)
    assert isinstance(result, NotUnderstood)
    assert "one number" in result.message


@pytest.mark.parametrize(
    ("text", "value", "approximate"),
    [
        ("1.5", 1.5, False),
        ("0.5", 0.5, False),
        (".5", 0.5, False),
        ("one and a half", 1.5, True),
        ("two point five", 2.5, True),
        ("7,5", 7.5, True),  # a decimal comma, read back so a misreading is caught
        ("1,500", 1500.0, False),  # a comma before three digits groups thousands
        ("-2", -2.0, False),
    ],
)
def test_numbers_accept_decimals_words_and_a_decimal_comma(
    text: str, value: float, approximate: bool
) -> None:
    result = understand_number(text, None, None, None)
    assert isinstance(result, Understood)
    assert (result.value, result.approximate) == (value, approximate)


def test_a_month_is_a_twelfth_of_a_52_week_year() -> None:
    assert WEEKS_PER_MONTH * 12 == 52


@pytest.mark.parametrize(
    ("text", "weeks", "approximate"),
    [
        ("6 weeks", 6, False),
        ("6", 6, False),
        ("6w", 6, False),
        ("6 wks", 6, False),
        ("for 6 weeks", 6, False),
        ("a week", 1, False),
        ("3 days", 3 / 7, False),
        ("a fortnight", 2, False),
        ("six weeks", 6, True),
        ("two months", 2 * WEEKS_PER_MONTH, True),
        ("about two months", 2 * WEEKS_PER_MONTH, True),
        ("18 months", 78, True),
        ("a year and a half", 78, True),
        ("one and a half years", 78, True),
        ("1.5 years", 78, True),
        ("half a year", 26, True),
        ("1 year and 6 months", 78, True),
        ("2 years, 3 months", 117, True),
        ("two weeks and three days", 2 + 3 / 7, True),
    ],
)
def test_durations_in_any_unit_become_weeks(text: str, weeks: float, approximate: bool) -> None:
    result = understand_duration_weeks(text, TODAY)
    assert isinstance(result, Understood)
    assert result.value == pytest.approx(weeks)
    assert result.approximate is approximate


def test_a_duration_in_months_reads_back_with_its_weeks() -> None:
    result = understand_duration_weeks("two months", TODAY)
    assert isinstance(result, Understood)
    assert result.display == "2 months (8.7 weeks)"


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        # The middle of March 2023 (1 + 30 / 2 days): the least-wrong guess for a start in March.
        ("since March 2023", datetime.date(2023, 3, 16)),
        ("since 03/2023", datetime.date(2023, 3, 16)),
        ("since last March", datetime.date(2025, 3, 16)),
        # This month: only its past part counts, so the middle of 1-10 June.
        ("since June 2025", datetime.date(2025, 6, 5) + datetime.timedelta(hours=12)),
        ("since 2021", datetime.date(2021, 7, 2)),
    ],
)
def test_since_a_month_counts_from_its_middle(text: str, anchor: datetime.date) -> None:
    result = understand_duration_weeks(text, TODAY)
    assert isinstance(result, Understood)
    assert result.value == pytest.approx((TODAY - anchor).days / 7, abs=0.1)
    assert result.approximate


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("-3 weeks", "negative"),
        ("minus three weeks", "negative"),
        ("since July 2025", "future"),
        ("since 2030", "future"),
        ("500 years", "more than 100 years"),
    ],
)
def test_impossible_durations_say_why(text: str, reason: str) -> None:
    result = understand_duration_weeks(text, TODAY)
    assert isinstance(result, NotUnderstood)
    assert reason in result.message


@pytest.mark.parametrize("text", ["", "weeks", "a while", "6 weeks ago", "3 months and", "6 hours"])
def test_unclear_durations_ask_again_naming_the_forms(text: str) -> None:
    result = understand_duration_weeks(text, TODAY)
    assert isinstance(result, NotUnderstood)
    assert "6 weeks" in result.message


@pytest.mark.parametrize(
    ("text", "mg", "approximate"),
    [
        ("150mg", 150, False),
        ("150 mg", 150, False),
        ("150", 150, False),
        ("150 mg a day", 150, False),
        ("150 mg/day", 150, False),
        ("150mg daily", 150, False),
        ("100 mg od", 100, False),
        ("100 mg qd", 100, False),
        ("0.5 mg", 0.5, False),
        ("75 mg twice a day", 150, True),
        ("75 twice daily", 150, True),
        ("100 mg bd", 200, True),
        ("100 mg bid", 200, True),
        ("100 mg b.i.d.", 200, True),
        ("100 mg tds", 300, True),
        ("100 mg tid", 300, True),
        ("20 mg 3 times a day", 60, True),
        ("fifty milligrams", 50, True),
        ("a hundred and fifty mg", 150, True),
        ("1 g", 1000, True),
        ("500 mcg", 0.5, True),
        ("7,5 mg", 7.5, True),
        ("about 150 mg", 150, True),
        ("50 mg in the morning and 100 mg at night", 150, True),
    ],
)
def test_doses_become_mg_a_day(text: str, mg: float, approximate: bool) -> None:
    result = understand_dose_mg_per_day(text)
    assert isinstance(result, Understood)
    assert result.value == pytest.approx(mg)
    assert result.approximate is approximate


def test_a_dose_reads_back_in_mg_a_day() -> None:
    assert understand_dose_mg_per_day("75 mg bd") == Understood(150.0, "150 mg/day", True)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("100-150 mg", "longest"),
        ("between 100 and 150 mg", "longest"),
        ("10 ml", "not ml"),
        ("150 mg weekly", "in a day"),
        ("0 mg", "more than 0"),
        ("150000 mg", "implausibly high"),
    ],
)
def test_doses_that_cannot_be_one_daily_amount_say_why(text: str, reason: str) -> None:
    result = understand_dose_mg_per_day(text)
    assert isinstance(result, NotUnderstood)
    assert reason in result.message


@pytest.mark.parametrize("text", ["", "mg", "lots", "two pills", "-5 mg"])
def test_unclear_doses_ask_again_naming_the_forms(text: str) -> None:
    result = understand_dose_mg_per_day(text)
    assert isinstance(result, NotUnderstood)
    assert "150 mg" in result.message
