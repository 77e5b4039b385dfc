"""Durations as people and clinicians say them: "a couple of years", "6/52", "since Christmas", "... I think".

Clinical shorthand writes weeks over 52, months over 12 and days over 7 ("6/52" is six weeks,
"3/12" three months); "since Christmas", "since Easter" and "since the summer" count from that
occasion's most recent date before today (the middle of a season).
"""

from __future__ import annotations

import datetime
import re

from dateutil.easter import easter

from interview.engine.understanding.results import Understood
from interview.engine.understanding.text import format_number, strip_hedge

_PER_UNIT = {"52": (1.0, "weeks"), "12": (52 / 12, "months"), "7": (1 / 7, "days")}
_FRACTION = re.compile(r"(?P<n>\d{1,3}(?:\.\d)?)\s*/\s*(?P<unit>52|12|7)")
OPEN_ENDED = re.compile(r"^(?:over|more than|longer than|at least|ages|years and years|forever|ever since)\b")
_LEADS = (
    "it's been ", "its been ", "it has been ", "it was ", "i'd say ", "i would say ", "only ", "just ",
    "for ", "the whole ", "a whole ", "all of ", "roughly ", "about ", "around ", "the full ", "a full ",
    "the entire ", "an entire ", "all ",
)  # fmt: skip
_BARE_UNITS = frozenset({"day", "week", "fortnight", "month", "year"})
""""the whole year" and "all month" leave a unit alone: one of it."""
_TAILS = (
    " i think", " i guess", " i suppose", " maybe", " probably", " or so", " roughly", " ish", " now",
    " so far", " altogether", " in total", " or thereabouts", " at a guess", " give or take",
)  # fmt: skip
_COUPLE = re.compile(r"\ba couple of\b|\ba couple\b|\bcouple of\b")
_SEASONS = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}


def everyday_duration(key: str) -> tuple[str, bool]:
    """The duration in a normalized answer without its lead-ins, tails and hedges; whether it was hedged."""
    text, hedged = strip_hedge(key)
    changed = True
    while changed:
        changed = False
        for lead in _LEADS:
            if text.startswith(lead):
                text, changed = text[len(lead) :].strip(), True
                hedged = hedged or lead.strip() in ("roughly", "about", "around", "i'd say", "i would say")
        for tail in _TAILS:
            if text.endswith(tail) and len(text) > len(tail):
                text, changed, hedged = text[: -len(tail)].strip(" ,"), True, True
        stripped, more = strip_hedge(text)
        if stripped != text:
            text, changed, hedged = stripped, True, hedged or more
    if text in _BARE_UNITS:
        text = f"a {text}"
    couple = _COUPLE.sub("2", text)
    return couple, hedged or couple != text


def clinical_fraction(text: str) -> Understood | None:
    """Weeks from clinical shorthand: "6/52" (weeks), "3/12" (months), "10/7" (days); None otherwise."""
    match = _FRACTION.fullmatch(text)
    if match is None:
        return None
    per_unit, unit = _PER_UNIT[match["unit"]]
    weeks = float(match["n"]) * per_unit
    shown = format_number(round(weeks, 1))
    said = f"{match['n']} {unit}"
    return Understood(weeks, f"{said} ({shown} weeks)", approximate=unit != "weeks")


def since_occasion(text: str, today: datetime.date) -> Understood | None:
    """Weeks since a yearly occasion ("christmas", "easter", "new year", "the summer"); None otherwise."""
    name = text.removeprefix("last ").removeprefix("the ").strip()
    start = _last(name, today)
    if start is None:
        return None
    weeks = (today - start).days / 7
    said = {"christmas": "Christmas", "xmas": "Christmas", "easter": "Easter"}.get(name, name)
    said = "New Year" if "new year" in said else said
    return Understood(weeks, f"since {said} ({format_number(round(weeks, 1))} weeks)", approximate=True)


def _last(name: str, today: datetime.date) -> datetime.date | None:
    """The most recent date of the occasion on or before today."""
    for year in (today.year, today.year - 1):
        day = _on(name, year)
        if day is not None and day <= today:
            return day
    return None


def _on(name: str, year: int) -> datetime.date | None:
    if name in ("christmas", "xmas", "christmas day"):
        return datetime.date(year, 12, 25)
    if name in ("new year", "new year's", "new years", "the new year", "january"):
        return datetime.date(year, 1, 1) if name != "january" else None
    if name == "easter":
        return easter(year)
    if name in _SEASONS:
        return datetime.date(year, _SEASONS[name], 15)  # the middle of the season
    return None
