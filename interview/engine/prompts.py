"""The words the interviewer says: question prompts, acknowledgements, help and the review list."""

from __future__ import annotations

import re
from collections.abc import Callable

from interview.engine.answers import AnswerBook
from interview.engine.read_backs import ReadBacks
from interview.engine.slots import Slot
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

PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
COMMANDS_HELP = (
    "Commands: back (previous question), skip, why (why we ask), help, review (all answers), "
    "edit N (change answer N of the review), note TEXT (attach a note), pause."
)

ACCEPTED_FORMS: dict[type[QuestionBase], str] = {
    YesNo: "yes or no",
    SingleChoice: "the number or the words of one option",
    MultipleChoice: "the numbers or words of every option that applies, e.g. '1, 3 and 5', or 'none'",
    Integer: "a whole number, in digits or words",
    Number: "a number, e.g. 7.5",
    Duration: "a length of time, e.g. '6 weeks', 'two months', 'since March 2023'",
    Dose: "a daily dose, e.g. '150 mg' or '75 mg twice a day'",
    MonthYear: "a month and year, e.g. 'March 2023' or '2023-03'",
    Rating: "a number on the scale, or the words of a labelled point",
    Text: "your own words",
    LinkReview: "'ok', or changes such as 'remove 2' or 'add insomnia -> low mood'",
    ReadBack: "'yes' if the summary is right, or 'no'; 'edit N' changes answer N",
}


def fill_template(template: str, quote: Callable[[str], str | None]) -> str:
    """Replace `{name}` placeholders by `quote(name)`; unknown names stay as written (no code runs)."""

    def replace(match: re.Match[str]) -> str:
        value = quote(match[1])
        return match[0] if value is None else value

    return PLACEHOLDER.sub(replace, template)


def item_heading(group: Repeat, item: int) -> str:
    """'Medication trial 2', from the group's item label."""
    label = fill_template(group.item_label, lambda name: str(item + 1) if name == "n" else None)
    return label[:1].upper() + label[1:]


def prompt_text(book: AnswerBook, slot: Slot, read_backs: ReadBacks) -> str:
    """The question as shown: text, then the options, the scale or what is read back on their own lines."""
    question = book.question(slot)
    lines = [_asked(book, slot)]
    if isinstance(question, SingleChoice | MultipleChoice):
        numbers = question.option_numbers()
        lines += [f"  {n}. {option.label}" for n, option in zip(numbers, question.options, strict=True)]
    elif isinstance(question, Rating):
        labelled = ", ".join(f"{point} = {label}" for point, label in sorted(question.labels.items()))
        lines.append(f"  ({question.min} to {question.max}{': ' + labelled if labelled else ''})")
    elif isinstance(question, LinkReview):
        lines += read_backs.link_lines(book, slot.key)
    elif isinstance(question, ReadBack):
        lines += read_backs.summary_lines(book, slot.key)
    return "\n".join(lines)


def question_line(book: AnswerBook, slot: Slot, width: int | None = None) -> str:
    """The first line of the question as asked (earlier answers quoted), cut to `width` with "...".

    How lists of answers name a question: never the options or read-back lines under it, so naming
    a read-back does not build the record of the answers before it, as its prompt does.
    """
    line = next(iter(_asked(book, slot).strip().splitlines()), "")
    return line if width is None or len(line) <= width else line[: width - 3] + "..."


def _asked(book: AnswerBook, slot: Slot) -> str:
    """The question's own words: its text with earlier answers quoted, or the "another one?" question."""
    question = book.question(slot)
    if question is None:
        group = book.index.question(slot.group or "")
        return getattr(group, "ask_another", None) or "Is there another one?"
    return fill_template(question.text, lambda name: quote_answer(book, slot, name))


def quote_answer(book: AnswerBook, slot: Slot, name: str) -> str | None:
    """The display of an earlier answer for a template (`{n}`: the item number)."""
    if name == "n":
        return None if slot.item is None else str(slot.item + 1)
    placement = book.index.placements.get(name)
    if placement is None:
        return None
    target = slot.sibling(name) if placement.group is not None else Slot(name)
    entry = book.entries.get(target.key)
    if entry is None or not entry.answered:
        return "(no answer)"
    return entry.shown


def accepted_forms(question: QuestionBase | None) -> str:
    """What kinds of answer a question takes, for help and re-prompts."""
    if question is None:
        return ACCEPTED_FORMS[YesNo]
    forms = ACCEPTED_FORMS.get(type(question), "an answer")
    extras = [
        word
        for allowed, word in (
            (question.allow_dont_know, "don't know"),
            (question.allow_decline, "prefer not to say"),
            (not question.required, "skip"),
        )
        if allowed
    ]
    return forms + (f"; or {', '.join(extras)}" if extras else "")


def help_text(question: QuestionBase | None) -> str:
    """Help for the current question, then the commands."""
    lines = []
    if question is not None and question.help:
        lines.append(question.help)
    lines.append(f"You can answer with {accepted_forms(question)}.")
    lines.append(COMMANDS_HELP)
    return "\n".join(lines)


def why_text(question: QuestionBase | None) -> str:
    """The rationale and source of the current question."""
    if question is None or question.why is None:
        return "This question helps complete the treatment history."
    return f"{question.why.text}\nSource: {question.why.source}"
