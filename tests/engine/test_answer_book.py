"""The AnswerBook's item counts are remembered between walks and forgotten whenever an answer changes."""

from __future__ import annotations

import textwrap

from interview.engine.answers import AnswerBook
from interview.engine.slots import ANOTHER, Slot
from interview.record.missing import MissingReason
from interview.script import load_script_text
from interview.script.questions import Repeat

SCRIPT = """
id: counts
version: "1"
title: Counts
sections:
  - id: main
    title: Main
    questions:
      - id: how_many
        type: integer
        text: How many children?
        min: 0
        max: 10
      - id: children
        type: repeat
        text: One child at a time.
        count_from: how_many
        item_label: child {n}
        max_items: 10
        questions:
          - id: age
            type: integer
            text: How old?
            min: 0
            max: 80
      - id: trials
        type: repeat
        text: One medicine at a time.
        item_label: medicine {n}
        ask_another: Another?
        max_items: 5
        questions:
          - id: drug
            type: text
            text: Which medicine?
"""


def book_and_groups() -> tuple[AnswerBook, Repeat, Repeat]:
    script = load_script_text(textwrap.dedent(SCRIPT)).script
    book = AnswerBook(script)
    children, trials = (book.index.question(qid) for qid in ("children", "trials"))
    assert isinstance(children, Repeat) and isinstance(trials, Repeat)
    return book, children, trials


def test_saying_yes_to_another_item_raises_a_count_that_was_already_read() -> None:
    book, _, trials = book_and_groups()
    assert book.item_count(trials) == 1
    book.set_answer(Slot(ANOTHER, "trials", 0), True, "yes", approximate=False)
    assert book.item_count(trials) == 2
    assert Slot("drug", "trials", 1) in list(book.slots())


def test_setting_the_another_answer_aside_lowers_the_count_again() -> None:
    book, _, trials = book_and_groups()
    book.set_answer(Slot(ANOTHER, "trials", 0), True, "yes", approximate=False)
    assert book.item_count(trials) == 2
    book.clear(Slot(ANOTHER, "trials", 0))
    assert book.item_count(trials) == 1
    book.set_answer(Slot(ANOTHER, "trials", 0), True, "yes", approximate=False)
    book.set_missing(Slot(ANOTHER, "trials", 0), MissingReason.DONT_KNOW)
    assert book.item_count(trials) == 1


def test_a_count_from_group_follows_its_count_answer_after_being_read() -> None:
    book, children, _ = book_and_groups()
    assert book.item_count(children) == 0
    book.set_answer(Slot("how_many"), 3, "3", approximate=False)
    assert book.item_count(children) == 3
    book.set_answer(Slot("how_many"), 1, "1", approximate=False)
    assert book.item_count(children) == 1
    assert [s.key for s in book.slots() if s.group == "children"] == ["children[0].age"]
