"""One rater's coding of one question, and whether two codings agree (by the kind of question)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from interview.engine.answers import AnswerBook
from interview.engine.slots import Slot
from interview.engine.understanding import Understood, understand_drug_name
from interview.record.catalogue import load_catalogue
from interview.record.missing import MissingReason
from interview.script.questions import (
    Dose,
    Duration,
    Integer,
    MonthYear,
    MultipleChoice,
    Number,
    QuestionBase,
    Rating,
    ReadBack,
    SingleChoice,
    YesNo,
)

DURATION_TOLERANCE_WEEKS = 1.0
DURATION_TOLERANCE_SHARE = 0.15
"""Durations and estimates (units, percent) agree within 1 or 15 %: "about 2 months" and "9 weeks" code
the same trial (🛠 our tolerance). Doses and whole numbers (sessions, scores, years) must match."""
DOSE_TOLERANCE_MG = 0.5


class ItemKind(StrEnum):
    """How an item is compared."""

    CATEGORICAL = "categorical"
    """Yes/no, choices and ratings: compared exactly; counted in kappa."""
    QUANTITY = "quantity"
    """Durations, doses, numbers, dates: compared within a tolerance; percent agreement only."""
    DRUG = "drug"
    """A medicine named in free text: compared by the catalogue's generic name."""
    FREE_TEXT = "free_text"
    """Narrative text: shown side by side, not scored."""


@dataclass(frozen=True)
class Coding:
    """What one rater ended with for one question."""

    value: object
    shown: str
    missing: MissingReason | None = None
    unanswered: bool = False
    """Asked but left without an answer (a practice stopped early)."""


NOT_APPLICABLE = Coding(None, "not applicable (not asked on this path)", MissingReason.NOT_APPLICABLE)
UNANSWERED = Coding(None, "no answer", unanswered=True)


def coding_of(book: AnswerBook, slot: Slot) -> Coding:
    """A rater's coding of a slot from their answers (not applicable when their path skips it)."""
    if not book.applies(slot):
        return NOT_APPLICABLE
    entry = book.entries.get(slot.key)
    if entry is None or not entry.answered:
        return UNANSWERED
    return Coding(entry.value, entry.shown, entry.missing)


def kind_of(question: QuestionBase | None, expert: Coding) -> ItemKind:
    """How to compare codings of this question (None: the implicit "another one?" yes/no)."""
    if question is None or isinstance(
        question, YesNo | ReadBack | SingleChoice | MultipleChoice | Rating
    ):  # a read-back is confirmed yes or no
        return ItemKind.CATEGORICAL
    if isinstance(question, Duration | Dose | Integer | Number | MonthYear):
        return ItemKind.QUANTITY
    return ItemKind.DRUG if drug_generic(expert.value) is not None else ItemKind.FREE_TEXT


def drug_generic(value: object) -> str | None:
    """The generic name of a medicine named in free text, if the catalogue knows it."""
    if not isinstance(value, str) or not value.strip():
        return None
    catalogue = load_catalogue()
    understood = understand_drug_name(value.strip(), catalogue.names())
    if not isinstance(understood, Understood):
        return None
    drug = catalogue.find(str(understood.value))
    return drug.generic if drug is not None else None


def agree(kind: ItemKind, question: QuestionBase | None, expert: Coding, trainee: Coding) -> bool | None:
    """Whether the codings agree; None for free text, which is not scored."""
    if kind is ItemKind.FREE_TEXT:
        return None
    if expert.missing is not None or trainee.missing is not None or expert.unanswered or trainee.unanswered:
        return expert.missing == trainee.missing and expert.unanswered == trainee.unanswered
    if kind is ItemKind.DRUG:
        return drug_generic(expert.value) == drug_generic(trainee.value)
    if kind is ItemKind.QUANTITY:
        return _close(question, expert.value, trainee.value)
    return category(expert) == category(trainee)


def category(coding: Coding) -> str:
    """The category a categorical coding falls in, for exact comparison and for kappa."""
    if coding.unanswered:
        return "no answer"
    if coding.missing is not None:
        return coding.missing.value
    value = coding.value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(sorted(str(v) for v in value)) or "none"
    return str(value)


def _close(question: QuestionBase | None, a: object, b: object) -> bool:
    if not isinstance(a, int | float) or not isinstance(b, int | float):
        return a == b
    if isinstance(question, Duration | Number):
        allowed = max(DURATION_TOLERANCE_WEEKS, DURATION_TOLERANCE_SHARE * max(abs(a), abs(b)))
        return abs(a - b) <= allowed
    if isinstance(question, Dose):
        return abs(a - b) <= DOSE_TOLERANCE_MG
    return abs(a - b) <= 1e-9
