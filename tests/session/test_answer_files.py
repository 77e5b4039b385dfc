"""Answers files: keyed by question they survive a new question; positional ones are typed by hand."""

from __future__ import annotations

import datetime
import textwrap
from pathlib import Path

import pytest

from interview.cli import main
from interview.engine import Conversation
from interview.session.answer_files import AnswersFileError, answer_lines, read_keyed_answers
from tests.engine.flows import TREATMENT, load

TODAY = datetime.date(2026, 1, 15)


def keyed(text: str) -> str:
    return textwrap.dedent(text).lstrip()


def played(text: str) -> tuple[Conversation, list[str], list[str]]:
    """The treatment script driven by a keyed file: the conversation, the lines given, the unused keys."""
    answers = read_keyed_answers(keyed(text), "case.answers.yaml")
    conversation, _ = Conversation.start(load(TREATMENT), "P-1", today=lambda: TODAY)
    given = []
    for line in answers.lines(conversation):
        given.append(line)
        conversation.handle(line)
    return conversation, given, answers.unused


def test_each_answer_goes_to_the_question_its_key_names_in_the_order_asked() -> None:
    conversation, given, unused = played(
        """
        answers:
          nickname: Sam     # listed first, asked second
          consent: "yes"
        """
    )
    assert given == ["yes", "Sam"]
    assert conversation.book.entries["nickname"].display == "Sam" and unused == []


def test_the_file_stops_at_a_question_it_has_no_answer_for_and_names_what_was_never_asked() -> None:
    conversation, given, unused = played(
        """
        answers:
          consent: "yes"
          nicknmae: Sam
        """
    )
    assert given == ["yes"] and conversation.current is not None
    assert conversation.current.key == "nickname" and unused == ["nicknmae"]


def test_a_question_asked_again_after_a_refused_answer_ends_the_file_instead_of_looping() -> None:
    _, given, _ = played("answers:\n  consent: perhaps on Tuesdays\n")
    assert given == ["perhaps on Tuesdays"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- yes\n- no\n", "case.answers.yaml:1: a keyed answers file needs 'answers:'"),
        ("answers: {}\nanswer: {}\n", "case.answers.yaml:2: unknown key 'answer'"),
        ("answers:\n  consent: {said: yes}\n", "case.answers.yaml:2: an answer is text as typed"),
        ("answers:\n  consent: [yes, true]\n", "case.answers.yaml:2: an answer is text as typed"),
        ("answers: [unclosed\n", "case.answers.yaml:1:"),
    ],
)
def test_a_broken_keyed_file_is_refused_with_its_line(text: str, message: str) -> None:
    with pytest.raises(AnswersFileError, match="^" + message.replace("[", r"\[")):
        read_keyed_answers(text, "case.answers.yaml")


def test_numbers_in_a_keyed_file_are_typed_as_written() -> None:
    assert read_keyed_answers("answers:\n  weeks: 12\n", "f").answers == {"weeks": ["12"]}


def test_a_list_is_typed_line_by_line_at_its_question() -> None:
    text = 'answers:\n  episode_weeks: ["note the chart says about a year", "52 weeks"]\n'
    assert read_keyed_answers(text, "f").answers == {
        "episode_weeks": ["note the chart says about a year", "52 weeks"]
    }


def test_a_positional_file_is_one_answer_a_line_without_its_comments() -> None:
    assert answer_lines("# opening\nyes\n  # indented comment\nSam\n") == ["yes", "Sam"]


def test_run_takes_a_keyed_file_and_says_on_stderr_where_it_ran_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "sample.answers.yaml"
    answers.write_text('answers:\n  consent: "yes"\n  no_such_question: "x"\n', encoding="utf-8")
    assert main(["run", "sample", "--plain", "--answers", str(answers)]) == 0
    err = capsys.readouterr().err
    assert "the answers file has no answer for 'answerer'" in err
    assert "never asked" not in err, "a file that stopped early has not had the rest asked yet"


def test_run_names_the_keys_a_finished_interview_never_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "tiny.answers.yaml"
    answers.write_text(
        'answers:\n  consent: "no"\n  nickname: skip\n  anything_else: skip\n  nicknmae: Sam\n',
        encoding="utf-8",
    )
    script = tmp_path / "treatment.yaml"
    script.write_text(TREATMENT, encoding="utf-8")
    assert main(["run", str(script), "--plain", "--answers", str(answers)]) == 0
    assert "interview: answers never asked for: nicknmae" in capsys.readouterr().err
