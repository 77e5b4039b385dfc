"""Durations in weeks: "6 weeks", "two months", "a year and a half", "since March 2023"."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from interview.engine.understanding.dates import EARLIEST_YEAR, read_month_year
from interview.engine.understanding.everyday_durations import (
    OPEN_ENDED as _OPEN_ENDED,
)
from interview.engine.understanding.everyday_durations import (
    clinical_fraction,
    everyday_duration,
    since_occasion,
)
from interview.engine.understanding.numbers import read_number, words_to_digits
from interview.engine.understanding.results import NotUnderstood, Understanding, Understood
from interview.engine.understanding.text import (
    MAX_ANSWER_LENGTH,
    TOO_LONG_MESSAGE,
    format_number,
    normalize,
    strip_hedge,
)

WEEKS_PER_MONTH = 52 / 12
"""A month is a twelfth of a 52-week year (about 4.33 weeks), so "12 months" and "1 year" give the
same answer; calendar months run from 4.0 to 4.4 weeks, so any month count is an estimate."""

WEEKS_PER_YEAR = 52
"""A year, consistent with WEEKS_PER_MONTH (365.25 days would be 52.18 weeks)."""

MAX_DURATION_YEARS = 100
"""Longer durations are typing mistakes ("600 weeks" is fine, "6000 years" is not)."""

_UNITS: dict[str, tuple[float, bool]] = {
    # unit word: (weeks per unit, whether converting it is an estimate)
    **dict.fromkeys(("d", "day", "days"), (1 / 7, False)),
    **dict.fromkeys(("w", "wk", "wks", "week", "weeks"), (1.0, False)),
    **dict.fromkeys(("fortnight", "fortnights"), (2.0, False)),
    **dict.fromkeys(("mo", "mos", "mth", "mths", "month", "months"), (WEEKS_PER_MONTH, True)),
    **dict.fromkeys(("y", "yr", "yrs", "year", "years"), (float(WEEKS_PER_YEAR), True)),
}
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_FRACTION = {"half": 0.5, "quarter": 0.25}
_COMPONENT = re.compile(
    rf"(?<![a-z0-9.,])(?:half\s+an?\s+(?P<half_unit>{_UNIT})"
    rf"|(?:(?P<quantity>\d+(?:[.,]\d+)*)\s*|(?P<article>an?)\s+)"
    rf"(?:and\s+an?\s+(?P<inner>half|quarter)\s+)?"
    rf"(?P<unit>{_UNIT})(?:\s+and\s+an?\s+(?P<outer>half|quarter))?)(?![a-z0-9])"
)
_SEPARATOR = re.compile(r"[\s,&+]*(?:and)?[\s,&+]*")
_NEGATIVE = re.compile(r"^(?:-|minus\b|negative\b)")
_MESSAGE = "I need a number of weeks, e.g. 6, '6 weeks' or 'two months'; or a start, e.g. 'since March 2023'."


@dataclass(frozen=True)
class _Weeks:
    """Weeks read from text, with whether reading them involved an estimate."""

    weeks: float
    approximate: bool
    said: str = ""


def understand_duration_weeks(text: str, today: datetime.date) -> Understanding:
    """Understand how long something lasted, in weeks.

    A bare number is weeks. Days, weeks, fortnights, months (WEEKS_PER_MONTH) and years
    (WEEKS_PER_YEAR) combine ("1 year and 6 months", "a year and a half"). "Since <month year>"
    counts from the middle of the part of that month already past; "since <year>" likewise from
    the middle of that year: the middle is the least-wrong guess for a start somewhere inside.

    Args:
        text: What the person typed.
        today: The interview's date, for "since ...".

    Returns:
        Understood with a float number of weeks, approximate for months, years, words, hedges and
        dates; otherwise a re-prompt (negative, future and implausibly long durations say why).
    """
    if len(text) > MAX_ANSWER_LENGTH:
        return NotUnderstood(TOO_LONG_MESSAGE + " " + _MESSAGE)
    plain, hedged = everyday_duration(normalize(text))
    if _OPEN_ENDED.match(plain):
        return NotUnderstood(f"'{plain}' has no end; please give your best estimate. {_MESSAGE}")
    if plain.startswith(("since ", "from ")):
        occasion = since_occasion(plain.split(" ", 1)[1], today)
        if occasion is not None:
            return occasion
        return _since(plain.split(" ", 1)[1], today)
    clinical = clinical_fraction(plain)
    if clinical is not None:
        return clinical
    digits = words_to_digits(plain)
    if _NEGATIVE.match(digits):
        return NotUnderstood(f"A duration cannot be negative. {_MESSAGE}")
    read = _read_weeks(digits)
    if read is None:
        return NotUnderstood(f"I could not read '{plain}' as a length of time. {_MESSAGE}")
    if read.weeks > MAX_DURATION_YEARS * WEEKS_PER_YEAR:
        return NotUnderstood(f"That is more than {MAX_DURATION_YEARS} years. {_MESSAGE}")
    approximate = hedged or read.approximate or digits != plain
    return Understood(read.weeks, _display(read), approximate=approximate)


def _read_weeks(text: str) -> _Weeks | None:
    """Weeks from a bare number (weeks) or from quantities with units."""
    number = read_number(text)
    if number is not None:
        return _Weeks(number.value, number.approximate) if number.value >= 0 else None
    total, approximate, position, only_weeks = 0.0, False, 0, True
    for match in _COMPONENT.finditer(text):
        if not _SEPARATOR.fullmatch(text[position : match.start()]):
            return None
        part = _component_weeks(match)
        if part is None:
            return None
        total += part.weeks
        approximate = approximate or part.approximate
        only_weeks = only_weeks and (match["unit"] or "") in ("w", "wk", "wks", "week", "weeks")
        position = match.end()
    if position == 0 or text[position:].strip():
        return None
    return _Weeks(total, approximate, said="" if only_weeks else text)


def _component_weeks(match: re.Match[str]) -> _Weeks | None:
    """Weeks in one quantity with its unit ("18 months", "a year and a half", "half a year")."""
    if match["half_unit"]:
        per_unit, estimate = _UNITS[match["half_unit"]]
        return _Weeks(0.5 * per_unit, estimate)
    if match["article"]:
        amount, literal = 1.0, True
    else:
        read = read_number(match["quantity"])
        if read is None:
            return None
        amount, literal = read.value, not read.approximate
    fraction = match["inner"] or match["outer"]
    if fraction:
        amount, literal = amount + _FRACTION[fraction], False
    per_unit, estimate = _UNITS[match["unit"]]
    return _Weeks(amount * per_unit, estimate or not literal)


def _display(read: _Weeks) -> str:
    """Weeks read back, with what was said when it was not in weeks."""
    weeks = format_number(round(read.weeks, 1))
    unit = "week" if weeks == "1" else "weeks"
    return f"{read.said} ({weeks} {unit})" if read.said else f"{weeks} {unit}"


def _since(text: str, today: datetime.date) -> Understanding:
    """Weeks from the middle of the already-past part of a month or year until today.

    Always approximate, with or without a hedge: the day of the start is not known.
    """
    text, _ = strip_hedge(words_to_digits(text.strip()))
    if re.fullmatch(r"\d{4}", text):
        year = int(text)
        if year > today.year:
            return NotUnderstood(f"{year} is in the future. {_MESSAGE}")
        if year < EARLIEST_YEAR:
            return NotUnderstood(f"{year} is too long ago; please check the year. {_MESSAGE}")
        start, end, said = datetime.date(year, 1, 1), datetime.date(year, 12, 31), str(year)
    else:
        month = read_month_year(text, today)
        if isinstance(month, NotUnderstood):
            return month
        start = month.first_day
        end = start + relativedelta(months=1, days=-1)
        said = month.display
    anchor = start + (min(end, today) - start) / 2
    weeks = (today - anchor).days / 7
    shown = format_number(round(weeks, 1))
    return Understood(weeks, f"since {said} ({shown} weeks)", approximate=True)
