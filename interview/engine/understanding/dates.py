"""Months of a year: "March 2023", "03/2023", "2023-03", "mar 23", "last March", "mid 2021"."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from dateutil.parser import parse, parserinfo
from dateutil.relativedelta import relativedelta

from interview.engine.understanding.numbers import words_to_digits
from interview.engine.understanding.results import NotUnderstood, Understanding, Understood
from interview.engine.understanding.text import (
    MAX_ANSWER_LENGTH,
    TOO_LONG_MESSAGE,
    normalize,
    strip_hedge,
)

EARLIEST_YEAR = 1900
"""Years before this are typing mistakes for anyone alive to be interviewed."""

_MONTH_NAMES = parserinfo()
# Spelt out here rather than with strftime("%B"), which follows the machine's locale.
_MONTH_DISPLAY = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_NAMED_MONTH_YEAR = re.compile(r"(?P<month>[a-z]+)\.?,?\s*(?:of\s+|in\s+)?(?P<year>'?\d{2}|\d{4})")
_YEAR_NAMED_MONTH = re.compile(r"(?P<year>\d{4}),?\s*(?P<month>[a-z]+)\.?")
_NUMERIC_MONTH_YEAR = re.compile(r"(?P<month>\d{1,2})\s*[/.-]\s*(?P<year>\d{4}|\d{2})")
_NUMERIC_YEAR_MONTH = re.compile(r"(?P<year>\d{4})\s*[/.-]\s*(?P<month>\d{1,2})(?:[/.-]\d{1,2})?")
_RELATIVE_NAMED = re.compile(
    r"(?:(?P<which>last|this)\s+)?(?P<month>[a-z]+)(?:\s+(?P<year>this|last)\s+year)?"
)
_MONTHS_AGO = re.compile(r"(?P<count>\d+)\s+months?\s+ago")
_PART_OF_YEAR = re.compile(
    r"(?:(?:the\s+)?(?P<part>early|mid|middle|late|beginning|start|end)(?:\s+of)?[\s-]*)(?P<year>\d{4})"
)
# Where in a year "early", "mid" and "late" fall: the middle of each third, roughly.
_PART_MONTH = {"early": 2, "beginning": 2, "start": 2, "mid": 7, "middle": 7, "late": 11, "end": 11}
_MESSAGE = "I need a month and year, e.g. 'March 2023', '03/2023' or 'last March'."


@dataclass(frozen=True)
class MonthYear:
    """A month of a year as understood.

    Attributes:
        year: The year.
        month: The month, 1 to 12.
        approximate: True when the month was inferred (relative words, a two-digit year).
    """

    year: int
    month: int
    approximate: bool

    @property
    def first_day(self) -> datetime.date:
        """The first day of the month."""
        return datetime.date(self.year, self.month, 1)

    @property
    def display(self) -> str:
        """The month as a person reads it, e.g. "March 2023"."""
        return f"{_MONTH_DISPLAY[self.month - 1]} {self.year}"


def read_month_year(text: str, today: datetime.date) -> MonthYear | NotUnderstood:
    """Read a month and year from normalized text, refusing future and implausible months.

    Args:
        text: Normalized text, hedges removed.
        today: The interview's date, for relative months and the future check.

    Returns:
        The month, or a re-prompt saying why not.
    """
    found = _absolute(text, today) or _relative(text, today) or _full_date(text)
    if found is None:
        return NotUnderstood(_MESSAGE)
    if found.year < EARLIEST_YEAR:
        return NotUnderstood(f"{found.year} is too long ago; please check the year. {_MESSAGE}")
    if (found.year, found.month) > (today.year, today.month):
        return NotUnderstood(f"{found.display} is in the future. {_MESSAGE}")
    return found


def _month(name: str) -> int | None:
    """The number of a month name or abbreviation ("mar", "sept", "March"), or None."""
    number = _MONTH_NAMES.month(name)
    return int(number) if number is not None else None


def _year(digits: str, today: datetime.date) -> tuple[int, bool]:
    """A year from four digits, or from two ("'23"), which go to the latest past century."""
    digits = digits.lstrip("'")
    if len(digits) == 4:
        return int(digits), False
    year = 2000 + int(digits)
    return (year if year <= today.year else year - 100), True


def _checked(year: int, month: int, approximate: bool) -> MonthYear | None:
    """A MonthYear when the month number is real."""
    return MonthYear(year, month, approximate) if 1 <= month <= 12 and year >= 1 else None


def _absolute(text: str, today: datetime.date) -> MonthYear | None:
    """Months written with their year: named or numeric, either order."""
    for pattern in (_NAMED_MONTH_YEAR, _YEAR_NAMED_MONTH):
        match = pattern.fullmatch(text)
        month = _month(match["month"]) if match else None
        if match and month:
            year, approximate = _year(match["year"], today)
            return _checked(year, month, approximate)
    for pattern in (_NUMERIC_MONTH_YEAR, _NUMERIC_YEAR_MONTH):
        match = pattern.fullmatch(text)
        if match:
            year, approximate = _year(match["year"], today)
            return _checked(year, int(match["month"]), approximate)
    match = _PART_OF_YEAR.fullmatch(text)
    if match:
        return _checked(int(match["year"]), _PART_MONTH[match["part"]], approximate=True)
    return None


def _relative(text: str, today: datetime.date) -> MonthYear | None:
    """Months said relative to today: "this month", "last month", "last March", "3 months ago"."""
    this_month = datetime.date(today.year, today.month, 1)
    if text == "this month":
        return MonthYear(today.year, today.month, approximate=True)
    if text == "last month":
        earlier = this_month - relativedelta(months=1)
        return MonthYear(earlier.year, earlier.month, approximate=True)
    ago = _MONTHS_AGO.fullmatch(text)
    if ago and len(ago["count"]) <= 4:
        earlier = this_month - relativedelta(months=int(ago["count"]))
        return MonthYear(earlier.year, earlier.month, approximate=True)
    match = _RELATIVE_NAMED.fullmatch(text)
    month = _month(match["month"]) if match else None
    if match is None or month is None:
        return None
    if match["year"]:
        year = today.year - (match["year"] == "last")
    elif match["which"] == "this":
        year = today.year
    elif match["which"] == "last":
        # "last March" is the most recent March before this month.
        year = today.year if month < today.month else today.year - 1
    else:
        # A month alone is the most recent one, this month included.
        year = today.year if month <= today.month else today.year - 1
    return MonthYear(year, month, approximate=True)


def _full_date(text: str) -> MonthYear | None:
    """Whole dates with a named month ("15 March 2023", "March 15, 2023"); the day is dropped.

    Dates in digits only are not read this way: 03/04/2023 is April in Britain, March in the US.
    """
    if not re.search(r"[a-z]", text) or not re.search(r"\d{4}", text):
        return None
    try:
        first = parse(text, default=datetime.datetime(2000, 1, 1))
        second = parse(text, default=datetime.datetime(2001, 2, 2))
    except (ValueError, OverflowError, TypeError):
        return None
    if first.year != second.year or first.month != second.month:
        return None
    return _checked(first.year, first.month, approximate=False)


def understand_month_year(text: str, today: datetime.date) -> Understanding:
    """Understand a month of a year.

    Accepts "March 2023", "mar 2023", "03/2023", "2023-03", "mar 23" (a two-digit year is the
    latest one not in the future), "last March", "this month", "3 months ago", "mid 2021".
    Relative and inferred months are approximate.

    Args:
        text: What the person typed.
        today: The interview's date.

    Returns:
        Understood with a "YYYY-MM" value and a display such as "March 2023"; otherwise a
        re-prompt (future months are refused with the reason).
    """
    if len(text) > MAX_ANSWER_LENGTH:
        return NotUnderstood(TOO_LONG_MESSAGE + " " + _MESSAGE)
    plain, hedged = strip_hedge(normalize(text))
    plain = words_to_digits(plain)
    found = read_month_year(plain, today)
    if isinstance(found, NotUnderstood):
        return found
    value = f"{found.year:04d}-{found.month:02d}"
    return Understood(value, found.display, approximate=hedged or found.approximate)
