"""Labelled answer corpora (tests/corpora/answers/*.tsv): reading them and scoring readings against them."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from interview.record.catalogue import class_of_placeholder, medicine_names
from interview.understand.reading import Reading

Verdict = Literal["first_try", "accepted", "reprompted", "confirmed", "different"]
"""How one answer fared: understood as labelled on the first try; recorded at once as exactly the
value a confirmation was expected for (a known misspelling such as "duloxatine": the right value,
understood, but counted apart so the first-try figure stays honest); re-prompted where a value was
meant; confirmed (the right value, after a yes) where no confirmation was needed; or understood as
a different value than meant (the worst)."""

VERDICTS: tuple[Verdict, ...] = ("first_try", "accepted", "reprompted", "confirmed", "different")
UNDERSTOOD: frozenset[Verdict] = frozenset({"first_try", "accepted"})
"""Verdicts counted as understood on the first try."""

_RELATIVE_TOLERANCE = 0.05
_ABSOLUTE_TOLERANCE = 0.5


@dataclass(frozen=True)
class Labelled:
    """One corpus line: a question id, the answer typed, what it means."""

    question: str
    text: str
    expected: str
    line: int


def read_corpus(path: Path) -> Iterator[Labelled]:
    """The labelled answers of a TSV file (`question<TAB>answer<TAB>expected`; `#` comments)."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        question, text, expected = line.split("\t")
        yield Labelled(question, text, expected.strip(), number)


def judge(labelled: Labelled, reading: Reading) -> Verdict:
    """The verdict on one reading of a labelled answer."""
    expected = labelled.expected
    if expected == "reprompt":
        return {"reprompt": "first_try", "confirm": "confirmed"}.get(reading.outcome, "different")  # type: ignore[return-value]
    if expected == "any":
        return "reprompted" if reading.outcome == "reprompt" else "first_try"
    if expected.startswith("missing:"):
        if reading.outcome == "missing":
            return "first_try" if reading.missing == expected.split(":", 1)[1] else "different"
        return "reprompted" if reading.outcome == "reprompt" else "different"
    if reading.outcome in ("reprompt", "missing"):
        return "reprompted" if reading.outcome == "reprompt" else "different"
    wanted = expected.removeprefix("confirm:")
    if not same_value(wanted, reading.value):
        return "different"
    if expected.startswith("confirm:"):
        return "first_try" if reading.outcome == "confirm" else "accepted"
    return "first_try" if reading.outcome == "understood" else "confirmed"


_MONTH_YEAR = re.compile(r"(?P<date>\d{4}(?:-\d{2})?)~?")


def same_value(expected: str, value: object) -> bool:
    """Whether an understood value is the labelled one (drug names by generic name, quantities within 5%)."""
    if expected.startswith("class:"):
        return isinstance(value, str) and _class_of(value) == expected.split(":", 1)[1]
    try:
        wanted = json.loads(expected)
    except json.JSONDecodeError:  # confirm:sertraline names the value bare
        wanted = expected
    if isinstance(wanted, bool) or isinstance(value, bool):
        return wanted is value
    if isinstance(value, str) and (month := _MONTH_YEAR.fullmatch(value)):
        # A month_year is labelled 2015 or "2015-03"; "~" (an estimate) is not part of the value.
        return str(wanted) == month["date"]
    if isinstance(wanted, int | float) and isinstance(value, int | float):
        return math.isclose(wanted, value, rel_tol=_RELATIVE_TOLERANCE, abs_tol=_ABSOLUTE_TOLERANCE)
    if isinstance(wanted, list):
        items = value if isinstance(value, list) else _drug_list(value)
        # Multiple choice and drug lists are sets: "lithium and quetiapine" is "quetiapine, lithium".
        return sorted(_name(w) for w in wanted) == sorted(_name(i) for i in items)
    return isinstance(value, str) and _name(wanted) == _name(value)


def _drug_list(value: object) -> list[str]:
    from interview.mapping.convert import split_list

    return split_list(str(value)) if value is not None else []


def _name(value: object) -> str:
    text = str(value).strip()
    return medicine_names().get(text.casefold(), text).casefold()


def _class_of(value: str) -> str | None:
    drug_class = class_of_placeholder(value)
    return None if drug_class is None else drug_class.value
