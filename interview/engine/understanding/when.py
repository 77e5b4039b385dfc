"""When a treatment or an episode began or ended, in everyday words (clinical-rules §16 "Chronology").

Beyond the months of `dates` ("March 2023", "03/2023", "3/23", "last March", "8 months ago"): a
year alone ("2019"), seasons ("spring 2021", "last summer"), years ago ("a year ago", "two years
ago"), holidays ("since Christmas") and, for the end of a treatment, "still on it". Relative words
are resolved against the interview's date, so the value stored is always absolute.

The value is "YYYY-MM" or "YYYY", with "~" after it when the date is an estimate, or "ongoing".
"""

from __future__ import annotations

import datetime
import re

from dateutil.relativedelta import relativedelta

from interview.engine.understanding.dates import EARLIEST_YEAR, read_month_year
from interview.engine.understanding.numbers import words_to_digits
from interview.engine.understanding.results import NotUnderstood, Understanding, Understood
from interview.engine.understanding.text import MAX_ANSWER_LENGTH, TOO_LONG_MESSAGE, normalize, strip_hedge

ONGOING = "ongoing"
_MESSAGE = "I need a month and year or a year, e.g. 'March 2023', '2019', 'last summer' or '8 months ago'"
_STILL = re.compile(
    r"(?:i am |i'm |im |it's |its |it is |yes )?(?:still|ongoing|current(?:ly)?|not stopped|"
    r"haven't stopped|have not stopped|never stopped|not yet|hasn't ended|has not ended)\b.*"
)
_LEAD = re.compile(r"(?:since|from|in|at|around|during|by|it was|that was|back in)\s+")
_YEAR = re.compile(r"(?P<year>\d{4})")
_YEARS_AGO = re.compile(r"(?P<count>\d+(?:\.\d+)?|a|an|one)\s+(?P<half>and a half\s+)?years?\s+ago")
_WEEKS_AGO = re.compile(r"(?P<count>\d+|a|an|one)\s+weeks?\s+ago")
_A_MONTH_AGO = re.compile(r"(?:a|an|one)\s+month\s+ago")
_RELATIVE_YEAR = {"this year": 0, "last year": 1, "the year before last": 2, "year before last": 2}
# The middle month of each season (northern hemisphere, the season named by its year's start).
_SEASON = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}
_SEASON_OF_YEAR = re.compile(r"(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<year>\d{4})")
_RELATIVE_SEASON = re.compile(r"(?P<which>last|this)\s+(?P<season>spring|summer|autumn|fall|winter)")
_BARE_SEASON = re.compile(r"(?P<season>spring|summer|autumn|fall|winter)")
_HOLIDAY = {"christmas": (12, 25), "xmas": (12, 25), "new year": (1, 1), "new year's": (1, 1)}
_ESTIMATE_WORDS = re.compile(r"\b(?:ago|last|this|mid|middle|early|late|beginning|start|end)\b")


def understand_when(text: str, today: datetime.date, ongoing_allowed: bool = False) -> Understanding:
    """Understand when something began or ended.

    Args:
        text: What the person typed.
        today: The interview's date: relative answers are resolved against it, future ones refused.
        ongoing_allowed: Whether "still on it" is an answer (the end of a treatment).

    Returns:
        Understood with "YYYY-MM", "YYYY" (with "~" when estimated) or "ongoing"; else a re-prompt.
    """
    message = _MESSAGE + (", or 'still on it'." if ongoing_allowed else ".")
    if len(text) > MAX_ANSWER_LENGTH:
        return NotUnderstood(TOO_LONG_MESSAGE + " " + message)
    plain, hedged = strip_hedge(normalize(text).rstrip(".!"))
    if _STILL.fullmatch(plain):
        if ongoing_allowed:
            return Understood(ONGOING, "still going", False)
        return NotUnderstood("This asks when it happened, not whether it still goes on. " + message)
    plain = _LEAD.sub("", words_to_digits(plain), count=1).strip()
    found = _read(plain, today)
    if isinstance(found, str):
        return NotUnderstood(found + " " + message if found else message)
    year, month, estimated = found
    return _understood(year, month, hedged or estimated)


def _read(text: str, today: datetime.date) -> tuple[int, int | None, bool] | str:
    """(year, month or None, estimated), or why not ("" when the form is not known at all)."""
    found = _year_only(text, today) or _season(text, today) or _ago(text, today) or _holiday(text, today)
    if found is None:
        read = read_month_year(text, today)
        if isinstance(read, NotUnderstood):
            said = read.message
            return said.split(". ")[0] + "." if "future" in said or "too long ago" in said else ""
        # "3/23" and "March 2023" are exact; "last March", "mid 2021" are estimates
        return read.year, read.month, bool(_ESTIMATE_WORDS.search(text))
    year, month, _ = found
    if year < EARLIEST_YEAR:
        return f"{year} is too long ago; please check the year."
    if (year, month or 1) > (today.year, today.month):
        return f"{year if month is None else f'{month:02d}/{year}'} is in the future."
    return found


def _year_only(text: str, today: datetime.date) -> tuple[int, int | None, bool] | None:
    if text in _RELATIVE_YEAR:
        return today.year - _RELATIVE_YEAR[text], None, True
    match = _YEAR.fullmatch(text)
    return (int(match["year"]), None, False) if match else None


def _season(text: str, today: datetime.date) -> tuple[int, int | None, bool] | None:
    match = _SEASON_OF_YEAR.fullmatch(text)
    if match:
        return int(match["year"]), _SEASON[match["season"]], True
    match = _RELATIVE_SEASON.fullmatch(text) or re.fullmatch(
        r"(?P<season>spring|summer|autumn|fall|winter)", text
    )
    if match is None:
        return None
    month = _SEASON[match["season"]]
    if match.groupdict().get("which") == "this":
        return today.year, month, True
    # "last summer": the most recent one that is over (its middle month and the next have passed)
    return (today.year if month + 1 < today.month else today.year - 1), month, True


def _ago(text: str, today: datetime.date) -> tuple[int, int | None, bool] | None:
    this_month = datetime.date(today.year, today.month, 1)
    months: float | None = None
    match = _YEARS_AGO.fullmatch(text)
    if match:
        count = 1.0 if match["count"] in ("a", "an", "one") else float(match["count"])
        months = 12 * (count + (0.5 if match["half"] else 0))
    elif _A_MONTH_AGO.fullmatch(text):
        months = 1
    elif match := _WEEKS_AGO.fullmatch(text):
        weeks = 1 if match["count"] in ("a", "an", "one") else int(match["count"])
        day = today - datetime.timedelta(weeks=weeks)
        return day.year, day.month, True
    if months is None or months > 12 * 150:
        return None
    earlier = this_month - relativedelta(months=round(months))
    return earlier.year, earlier.month, True


def _holiday(text: str, today: datetime.date) -> tuple[int, int | None, bool] | None:
    match = re.fullmatch(r"(?:(?P<which>last|this)\s+)?(?P<name>christmas|xmas|new year's|new year)", text)
    if match is None:
        return None
    month, day = _HOLIDAY[match["name"]]
    year = today.year if (today.month, today.day) >= (month, day) else today.year - 1
    if match["which"] == "last" and (month, day) == (12, 25) and today.month == 12 and today.day >= 25:
        year -= 1  # "last Christmas" on Boxing Day is the one a year before
    return year, month, False


def _understood(year: int, month: int | None, estimated: bool) -> Understood:
    mark = "~" if estimated else ""
    if month is None:
        return Understood(f"{year:04d}{mark}", f"{'about ' if estimated else ''}{year}", estimated)
    display = f"{_MONTHS[month - 1]} {year}"
    return Understood(f"{year:04d}-{month:02d}{mark}", f"{'about ' if estimated else ''}{display}", estimated)


_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
