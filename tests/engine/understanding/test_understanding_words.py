"""Yes/no, "don't know"/"prefer not to say", commands and free text, as specifications."""

from __future__ import annotations

import pytest

from interview.engine.understanding import (
    Command,
    NotUnderstood,
    Understood,
    recognize_command,
    recognize_missing,
    understand_free_text,
    understand_yes_no,
)
from interview.record.missing import MissingReason


@pytest.mark.parametrize(
    "text",
    ["y", "Yes", "YES!", "yeah", "yep", "sure", "correct", "I do", "i have", "Yes, I have.",
     "definitely", "of course", "Of course!"],
)  # fmt: skip
def test_yes_in_its_many_forms_is_true(text: str) -> None:
    assert understand_yes_no(text) == Understood(True, "Yes", approximate=False)


@pytest.mark.parametrize(
    "text",
    ["n", "No", "nope", "never", "not really", "I haven't", "i haven’t", "none",
     "No, I haven't", "no never", "not at all"],
)  # fmt: skip
def test_no_in_its_many_forms_is_false(text: str) -> None:
    assert understand_yes_no(text) == Understood(False, "No", approximate=False)


@pytest.mark.parametrize(
    "text", ["not sure", "no idea", "yes and no", "maybe", "", "back", "dunno really", "hard to say"]
)
def test_anything_else_is_not_a_yes_or_no(text: str) -> None:
    result = understand_yes_no(text)
    assert isinstance(result, NotUnderstood)
    assert "yes or no" in result.message


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("don't know", MissingReason.DONT_KNOW),
        ("Dont know", MissingReason.DONT_KNOW),
        ("I don’t know.", MissingReason.DONT_KNOW),
        ("not sure", MissingReason.DONT_KNOW),
        ("no idea", MissingReason.DONT_KNOW),
        ("can't remember", MissingReason.DONT_KNOW),
        ("unknown", MissingReason.DONT_KNOW),
        ("dk", MissingReason.DONT_KNOW),
        ("prefer not to say", MissingReason.DECLINED),
        ("rather not say", MissingReason.DECLINED),
        ("I'd rather not", MissingReason.DECLINED),
        ("pass", MissingReason.DECLINED),
        ("decline", MissingReason.DECLINED),
    ],
)
def test_missing_answers_are_recognized_with_their_reason(text: str, reason: MissingReason) -> None:
    assert recognize_missing(text) == reason


@pytest.mark.parametrize("text", ["no", "none", "0", "yes", "I know", "passed out", ""])
def test_real_answers_are_not_missing(text: str) -> None:
    assert recognize_missing(text) is None


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("back", Command("back")),
        ("Go back", Command("back")),
        ("previous", Command("back")),
        ("/back", Command("back")),
        ("!back", Command("back")),
        ("skip", Command("skip")),
        ("why", Command("why")),
        ("why?", Command("why")),
        ("Why do you ask?", Command("why")),
        ("help", Command("help")),
        ("?", Command("help")),
        ("pause", Command("pause")),
        ("stop for now", Command("pause")),
        ("quit", Command("pause")),
        ("review", Command("review")),
        ("note patient tearful", Command("note", "patient tearful")),
        ("Note: dose from pharmacy record", Command("note", "dose from pharmacy record")),
        ("/note check with GP", Command("note", "check with GP")),
        ("edit 12", Command("edit", "12")),
        ("edit Q_dose", Command("edit", "Q_dose")),
    ],
)
def test_whole_line_commands_are_recognized(text: str, command: Command) -> None:
    assert recognize_command(text) == command


@pytest.mark.parametrize(
    "text",
    ["back pain", "skip meals", "why not", "help me sleep", "note", "note   ", "notebook",
     "edit", "edit my answer about sleep", "yes", "I want to go back home", ""],
)  # fmt: skip
def test_answers_that_merely_contain_a_command_word_are_not_commands(text: str) -> None:
    assert recognize_command(text) is None


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("  felt flat all winter  ", "felt flat all winter"),
        ("line one\nline two", "line one\nline two"),
        ("bell\x07 and nul\x00 removed", "bell and nul removed"),
        ("emoji stay 😀", "emoji stay 😀"),
    ],
)
def test_free_text_is_kept_as_typed_without_control_characters(text: str, kept: str) -> None:
    assert understand_free_text(text, None) == Understood(kept, kept, approximate=False)


@pytest.mark.parametrize("text", ["", "   ", "\x00\x01", "\n\t"])
def test_empty_free_text_asks_again(text: str) -> None:
    assert isinstance(understand_free_text(text, None), NotUnderstood)


def test_free_text_over_the_limit_says_how_long_it_may_be() -> None:
    result = understand_free_text("x" * 11, 10)
    assert isinstance(result, NotUnderstood)
    assert "10 characters" in result.message


@pytest.mark.parametrize(
    "text", ["I'd rather not answer that", "prefer not to say this", "rather not answer that question"]
)
def test_a_refusal_pointing_at_the_question_is_declined(text: str) -> None:
    assert recognize_missing(text) is MissingReason.DECLINED


@pytest.mark.parametrize(
    "text", ["I'm done with tablets", "sick of trying new pills", "had enough of medication"]
)
def test_a_refusal_in_own_words_is_a_no_to_a_willingness_question(text: str) -> None:
    understood = understand_yes_no(text, "Would you be open to changing your medication?")
    assert isinstance(understood, Understood) and understood.value is False


def test_a_statement_that_does_not_take_up_the_question_is_asked_again_without_a_proposal() -> None:
    assert isinstance(understand_yes_no("I walk the dog every day", "Do you mostly stay in?"), NotUnderstood)


def test_a_partial_yes_with_more_words_is_asked_back_and_bare_partly_is_a_yes() -> None:
    hedged = understand_yes_no("partly, at the 2022 assessment")
    assert isinstance(hedged, Understood) and hedged.value is True and hedged.confirm
    bare = understand_yes_no("partly")
    assert isinstance(bare, Understood) and bare.value is True and not bare.confirm
