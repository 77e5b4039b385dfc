"""Turn one line of text into the typed answer a question kind expects (or a reason to ask again)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from interview.engine.answers import AnswerBook
from interview.engine.prompts import accepted_forms
from interview.engine.read_backs import ReadBacks
from interview.engine.slots import Slot
from interview.engine.understanding import (
    NotUnderstood,
    Understanding,
    Understood,
    recognize_missing,
    understand_choice,
    understand_choices,
    understand_dose_mg_per_day,
    understand_duration_weeks,
    understand_free_text,
    understand_integer,
    understand_number,
    understand_rating,
    understand_yes_no,
)
from interview.engine.understanding.choices import Menu, names_option
from interview.engine.understanding.confirmation import understand_confirmation
from interview.engine.understanding.drugs import understand_drug_answer
from interview.engine.understanding.links import understand_link_edits
from interview.engine.understanding.text import MAX_INPUT_LENGTH
from interview.engine.understanding.trial_details import PieceKind, detail_pieces, split_drug_answer
from interview.engine.understanding.when import understand_when
from interview.engine.understanding.yes_no import rather_not
from interview.record.dates import ONGOING_PATHS
from interview.record.missing import MissingReason
from interview.record.paths import is_drug_question
from interview.script.questions import (
    Dose,
    Duration,
    Integer,
    LinkReview,
    MonthYear,
    MultipleChoice,
    Number,
    QuestionBase,
    Rating,
    ReadBack,
    Repeat,
    SingleChoice,
    Text,
    YesNo,
)


def interpret(
    question: QuestionBase | None,
    text: str,
    today: datetime.date,
    asked: tuple[AnswerBook, Slot] | None = None,
    read_backs: ReadBacks | None = None,
) -> Understanding:
    """Understand `text` as an answer to `question` (None: the implicit "another one?" yes/no).

    `asked` is where the question is asked (the answers so far and its slot) and `read_backs` what
    read the links back there: a link_review needs both, to resolve "remove 2" against those links.
    Input longer than MAX_INPUT_LENGTH is refused before any parsing (the whole line is still kept in
    the event log, as typed).
    """
    understood = _interpret(question, text, today, asked, read_backs)
    if isinstance(understood, NotUnderstood):
        return NotUnderstood(_naming(text, understood.message))
    return understood


def _naming(text: str, message: str) -> str:
    """A re-prompt that says what was not understood, unless it already quotes it."""
    shown = " ".join(text.split())
    if not shown:
        return message
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    if f"'{shown.casefold()}'" in message.casefold():
        return message
    return f"I did not understand '{shown}' here. {message}"


def _interpret(
    question: QuestionBase | None,
    text: str,
    today: datetime.date,
    asked: tuple[AnswerBook, Slot] | None = None,
    read_backs: ReadBacks | None = None,
) -> Understanding:
    if len(text) > MAX_INPUT_LENGTH:
        return NotUnderstood(
            f"That answer is too long to understand here (at most {MAX_INPUT_LENGTH} characters); "
            f"please shorten it, or type 'note TEXT' to keep a long remark. You can answer with "
            f"{accepted_forms(question)}."
        )
    match question:
        case None | YesNo():
            return understand_yes_no(text, *_asked_words(question))
        case SingleChoice():
            return understand_choice(text, _options(question))
        case MultipleChoice():
            return understand_choices(text, _options(question))
        case Integer(min=least, max=most, unit=unit):
            return _counted(text, question.text, lambda t: understand_integer(t, least, most, unit))
        case Number(min=low, max=high, unit=unit):
            return _counted(text, question.text, lambda t: understand_number(t, low, high, unit))
        case Duration():
            return _bounded(understand_duration_weeks(text, today), question.max_weeks, "weeks")
        case Dose():
            return _bounded(understand_dose_mg_per_day(text), question.max_mg, "mg/day")
        case MonthYear(record=path):
            return understand_when(text, today, ongoing_allowed=path in ONGOING_PATHS)
        case Rating(min=low, max=high, labels=labels):
            return understand_rating(text, [(p, labels.get(p)) for p in range(low, high + 1)])
        case Text(record=path) if is_drug_question(question):
            if not (path or "").endswith((".drug", ".name")):
                return understand_drug_answer(text, several=True)
            return _one_drug(text)
        case Text(max_length=max_length):
            return understand_free_text(text, max_length)
        case LinkReview():
            if asked is None or read_backs is None:
                return NotUnderstood("The link read-back can only be answered within an interview.")
            book, slot = asked
            return understand_link_edits(text, read_backs.area_names(), read_backs.links(book, slot.key))
        case ReadBack():
            return understand_confirmation(text)
    return NotUnderstood(f"this kind of question ({type(question).__name__}) cannot be answered here")


def _asked_words(question: QuestionBase | None) -> tuple[str, str]:
    """The question's text and why it is asked, which help read a yes/no statement ("I had ECT once")."""
    if question is None:
        return "", ""
    return question.text, question.why.text if question.why is not None else ""


_CARRIED_KINDS: dict[PieceKind, type[QuestionBase]] = {"dose": Dose, "duration": Duration, "change": Rating}


@dataclass(frozen=True)
class Carried:
    """A later question of the same item answered by words typed with the drug's name.

    Attributes:
        slot: The question answered.
        text: The words it was understood from, as typed.
        understood: The answer.
    """

    slot: Slot
    text: str
    understood: Understood


def missing_answer(question: QuestionBase | None, text: str) -> MissingReason | None:
    """A whole answer saying the value is missing ("don't know", "prefer not to say"), or None.

    An option the question itself offers is that answer, not a missing one: "Unsure" where a choice
    question lists it. Whether a missing answer is allowed is for the caller to decide.
    """
    missing = recognize_missing(text)
    if missing is MissingReason.DECLINED and isinstance(question, YesNo) and rather_not(text):
        return None  # "I'd rather not" may be a no: the yes/no understanding asks which
    if missing is not None and isinstance(question, SingleChoice | MultipleChoice):
        return None if names_option(text, _options(question)) else missing
    return missing


_MENUS: dict[int, tuple[SingleChoice | MultipleChoice, Menu]] = {}


def _options(question: SingleChoice | MultipleChoice) -> Menu:
    """The question's options as understanding reads them, built once per question."""
    cached = _MENUS.get(id(question))
    if cached is not None and cached[0] is question:
        return cached[1]
    menu = _MENUS[id(question)] = (question, _menu(question))
    return menu[1]


def _menu(question: SingleChoice | MultipleChoice) -> Menu:
    return Menu(
        [(option.value, option.label) for option in question.options],
        question.option_numbers(),
        [option.synonyms for option in question.options],
    )


def carried_answers(book: AnswerBook, slot: Slot, text: str, today: datetime.date) -> list[Carried]:
    """What "Zoloft, 100 mg, about two months, didn't help much" also answers, beyond the drug.

    Only a single-drug question in a repeat item carries answers, and only to the first question
    after it of each kind (dose, duration, change rating) that is always asked in the item (no
    `when`), is not answered yet, and understands the piece; anything else is asked as usual.
    """
    question = book.question(slot)
    if slot.group is None or not _single_drug(question):
        return []
    _, rest = split_drug_answer(text)
    group = book.index.question(slot.group)
    if not rest or not isinstance(group, Repeat) or question not in group.questions:
        return []
    later = group.questions[group.questions.index(question) + 1 :]
    targets = {
        kind: next((q for q in later if isinstance(q, cls) and q.when is None), None)
        for kind, cls in _CARRIED_KINDS.items()
    }
    carried: list[Carried] = []
    for piece in detail_pieces(rest):
        target = targets.pop(piece.kind, None)
        if target is None or book.answered(slot.sibling(target.id)):
            continue
        understood = interpret(target, piece.key, today)
        if isinstance(understood, Understood):
            carried.append(Carried(slot.sibling(target.id), piece.text, understood))
    return carried


def _single_drug(question: QuestionBase | None) -> bool:
    """A question answered with one drug's name (not a list of them)."""
    return (
        question is not None
        and is_drug_question(question)
        and (question.record or "").endswith((".drug", ".name"))
    )


def _one_drug(text: str) -> Understanding:
    """One drug's name, from the leading words when the answer goes on ("Zoloft, 100 mg")."""
    drug, rest = split_drug_answer(text)
    if not rest:
        return understand_drug_answer(text)
    understood = understand_drug_answer(drug)
    if isinstance(understood, Understood):  # read back, so the person sees the rest was not the name
        return replace(understood, approximate=True)
    return understood


_NONE_COUNTED = frozenset({"none", "nothing", "nil", "none at all", "not any", "no", "not at all"})


_ZERO = re.compile(
    r"^(?:none|nothing|zero|nil|teetotal|tee-total|i'm teetotal|i am teetotal)\b"
    r"|^i (?:don't|do not|never|dont) (?!know\b|remember\b|recall\b|think\b)[a-z]+"
)
"""Answers that say zero: "I don't drink" to units a week, "none, I'm off sick" to hours of work."""


def _counted(text: str, asked: str, understand: Callable[[str], Understanding]) -> Understanding:
    """A number, also when followed by what the question counts ("12 sessions" to "how many sessions")."""
    understood = understand(text)
    if isinstance(understood, Understood):
        return understood
    said = " ".join(re.sub(r"[.,!]", " ", text.casefold().replace("’", "'")).split())
    if said in _NONE_COUNTED or _ZERO.match(said):
        zero = understand("0")  # "none" to "how many units a week": zero, where zero is allowed
        return (
            Understood(zero.value, zero.display, approximate=True)
            if isinstance(zero, Understood)
            else understood
        )
    counted = {_stem(word) for word in re.findall(r"[a-z]+", asked.casefold())} | _COUNTED_WORDS
    words = text.split()
    while words and _stem(words[-1].casefold().strip(".,;:!?")) in counted:
        words.pop()
    if not words or len(words) == len(text.split()):
        return understood
    again = understand(" ".join(words))
    return (
        Understood(again.value, again.display, approximate=True)
        if isinstance(again, Understood)
        else understood
    )


_COUNTED_WORDS = frozenset({"treatment", "session", "time", "course", "hour", "unit", "appointment", "visit"})
"""What a count is often said with ("12 treatments" to "how many sessions")."""


def _stem(word: str) -> str:
    return word.removesuffix("s") if len(word) > 3 else word


def _bounded(understood: Understanding, maximum: float | None, unit: str) -> Understanding:
    """Apply a script's upper bound to an understood quantity."""
    value = getattr(understood, "value", None)
    if maximum is not None and isinstance(value, int | float) and value > maximum:
        return NotUnderstood(f"That is more than {maximum:g} {unit}; please check the figure.")
    return understood
