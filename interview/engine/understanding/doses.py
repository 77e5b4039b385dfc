"""Daily doses in mg: "150mg", "150 mg a day", "75 mg twice a day", "100 mg bd", "1 g"."""

from __future__ import annotations

import re

from interview.engine.understanding.numbers import read_number, words_to_digits
from interview.engine.understanding.results import NotUnderstood, Understanding, Understood
from interview.engine.understanding.text import (
    MAX_ANSWER_LENGTH,
    TOO_LONG_MESSAGE,
    format_number,
    normalize,
    strip_hedge,
)

MAX_DOSE_MG_PER_DAY = 10_000
"""No oral psychiatric drug is taken at 10 g a day; anything above is a slip of the keyboard."""

_MG_PER_UNIT = {
    **dict.fromkeys(("", "mg", "mgs", "milligram", "milligrams", "milligramme"), 1.0),
    **dict.fromkeys(("g", "gm", "gms", "gram", "grams", "gramme"), 1000.0),
    **dict.fromkeys(("mcg", "μg", "ug", "microgram", "micrograms", "microgramme"), 0.001),
}
_UNIT = "|".join(sorted((unit for unit in _MG_PER_UNIT if unit), key=len, reverse=True))
_DAILY = ("a day", "per day", "/day", "/d", "daily", "each day", "every day", "a night", "per night")
# Times a day, by the words and the prescription abbreviations (od/qd once, bd/bid twice,
# tds/tid three times, qds/qid four times); "at night" and "in the morning" are once a day.
_TIMES_A_DAY = {
    **dict.fromkeys(("", *_DAILY, "od", "qd", "once", "once a day", "once daily"), 1.0),
    **dict.fromkeys(("mane", "nocte", "on", "qhs", "hs", "nightly", "at night"), 1.0),
    **dict.fromkeys(("at bedtime", "in the morning", "in the evening", "every morning"), 1.0),
    **dict.fromkeys(("every night", "each night", "each morning", "om", "am", "pm"), 1.0),
    **dict.fromkeys(("bd", "bid", "twice a day", "twice daily", "twice per day"), 2.0),
    **dict.fromkeys(("tds", "tid", "thrice daily", "thrice a day"), 3.0),
    **dict.fromkeys(("qds", "qid"), 4.0),
    **dict.fromkeys(("every other day", "on alternate days", "alternate days", "eod"), 0.5),
}
_N_TIMES = re.compile(r"(?P<n>\d{1,2})\s*(?:x|times)\s*(?:a|per|/|each)?\s*(?:day|daily|d)")
_PIECE = re.compile(rf"(?P<amount>\d+(?:[.,]\d+)*|\.\d+)\s*(?P<unit>{_UNIT})?(?![a-z])\s*(?P<rest>.*)")
# A comma between digits is a decimal comma or a thousands separator, not a list ("7,5 mg").
_SEPARATOR = re.compile(r"\s*(?:\+|(?<!\d),|,(?!\d)|\bplus\b|\band\b)\s*")
_RANGE = re.compile(r"\d\s*(?:-|–|to|or)\s*\d|\bbetween\b")
_MESSAGE = "I need the dose in mg a day, e.g. 150, '150 mg', '75 mg twice a day' or '100 mg bd'."


def understand_dose_mg_per_day(text: str) -> Understanding:
    """Understand a daily dose in milligrams.

    A bare number is mg a day. Grams and micrograms are converted; a dose per time is multiplied
    by how often it is taken ("75 mg twice a day", "100 mg bd"); several doses are added up
    ("50 mg in the morning and 100 mg at night"). A range ("100-150 mg") is refused with a
    request for the dose taken longest: the one that says most about whether the trial was
    adequate, and one the person can usually name.

    Args:
        text: What the person typed.

    Returns:
        Understood with a float of mg a day, displayed as "150 mg/day", approximate when words,
        hedges, conversions, multiplications or sums were involved; otherwise a re-prompt.
    """
    if len(text) > MAX_ANSWER_LENGTH:
        return NotUnderstood(TOO_LONG_MESSAGE + " " + _MESSAGE)
    plain, hedged = strip_hedge(normalize(text))
    plain = words_to_digits(plain)
    if _HAS_UNIT.search(plain):  # "two 50 mg tablets"; but "two pills" says no dose at all
        plain = _TABLET_WORDS.sub(" ", plain)
    plain = _counted_tablets(_FORMULATION.sub(" ", plain))
    titrated = _titration(plain)
    if titrated is not None:
        return titrated
    if _RANGE.search(plain):
        return NotUnderstood(
            "Please give one daily dose: if it changed, the dose taken for the longest time. " + _MESSAGE
        )
    if re.search(r"\d\s*ml\b", plain):
        return NotUnderstood("I need the dose in mg, not ml. " + _MESSAGE)
    if re.search(r"\bweek|\bmonth|\bfortnight", plain):
        return NotUnderstood("I need the amount taken in a day, not a week or month. " + _MESSAGE)
    total, approximate = 0.0, hedged or plain != strip_hedge(normalize(text))[0]
    pieces = _SEPARATOR.split(plain)
    for piece in pieces:
        dose = _piece_mg(piece)
        if dose is None:
            return NotUnderstood(_MESSAGE)
        total += dose[0]
        approximate = approximate or dose[1]
    approximate = approximate or len(pieces) > 1
    if total <= 0:
        return NotUnderstood("A dose must be more than 0 mg. " + _MESSAGE)
    if total > MAX_DOSE_MG_PER_DAY:
        return NotUnderstood(f"{format_number(total)} mg a day is implausibly high. " + _MESSAGE)
    return Understood(total, f"{format_number(total)} mg/day", approximate=approximate)


_FORMULATION = re.compile(
    r"\b(?:xl|mr|sr|xr|er|cr|la|m/r|modified[- ]release|slow[- ]release|prolonged[- ]release"
    r")\b"
)
_TABLET_WORDS = re.compile(r"\b(?:tablets?|tabs?|capsules?|caps?|pills?|of)\b")
_HAS_UNIT = re.compile(rf"\d\s*(?:{_UNIT})(?![a-z])")
_TABLETS = re.compile(
    rf"(?<![\d.])(?P<count>[1-9])(?:\s*[x×*]\s*|\s+)(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>{_UNIT})(?![a-z])"
)
_TITRATION = re.compile(
    r"\b(?:started|start|starting|went up|gone up|going up|increased|raised|upped|titrated|up to|then|"
    r"later|built up|worked up|max(?:imum)?|highest)\b"
)
_DOSE_NUMBER = re.compile(rf"(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>{_UNIT})?(?![a-z0-9])")


def _counted_tablets(text: str) -> str:
    """ "2 50 mg" (two 50 mg tablets, the words already gone) as "100 mg"; "3 x 25mg" as "75 mg"."""

    def total(match: re.Match[str]) -> str:
        amount = int(match["count"]) * float(match["amount"])
        return f"{format_number(amount)} {match['unit']}"

    return " ".join(_TABLETS.sub(total, text).split())


def _titration(text: str) -> Understood | None:
    """The highest dose of a titration ("started on 50 and went up to 200"), with the steps as a note."""
    if not _TITRATION.search(text):
        return None
    doses = []
    for match in _DOSE_NUMBER.finditer(text):
        amount = read_number(match["amount"])
        if amount is not None:
            doses.append(amount.value * _MG_PER_UNIT[match["unit"] or ""])
    if not doses or max(doses) <= 0 or max(doses) > MAX_DOSE_MG_PER_DAY:
        return None
    highest = max(doses)
    steps = " -> ".join(f"{format_number(d)} mg" for d in doses)
    note = f"titrated: {steps}; highest {format_number(highest)} mg/day" if len(doses) > 1 else text
    return Understood(highest, f"{format_number(highest)} mg/day (highest)", approximate=True, notes=(note,))


def _piece_mg(piece: str) -> tuple[float, bool] | None:
    """Mg a day in one dose ("75 mg bd"), and whether reading it was not literal."""
    match = _PIECE.fullmatch(piece)
    if match is None:
        return None
    amount = read_number(match["amount"])
    times = _times_a_day(match["rest"])
    if amount is None or times is None:
        return None
    per_unit = _MG_PER_UNIT[match["unit"] or ""]
    literal = per_unit == 1 and times == 1 and not amount.approximate
    return amount.value * per_unit * times, not literal


def _times_a_day(text: str) -> float | None:
    """How many times a day a frequency phrase means ("bd" 2, "b.i.d." 2, "3 times a day" 3)."""
    key = re.sub(r"(?<=[a-z])\.", "", text).strip(" .")
    key = " ".join(key.split())
    if key in _TIMES_A_DAY:
        return _TIMES_A_DAY[key]
    match = _N_TIMES.fullmatch(key)
    return float(match["n"]) if match else None
