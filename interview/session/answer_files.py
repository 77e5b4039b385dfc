"""Answers files for `interview run --answers FILE`: keyed by question (YAML) or one answer a line.

A keyed file (`*.yaml`) names the question each answer is for, by its slot key as the transcript and
exports name it (`episode_weeks`, `medication_trials[1].drug`, `medication_trials[0]._another`), so a
question added to the script leaves every file valid: the new question simply has no answer yet.
A positional file (any other name) is what a person types, one answer a line, for sessions typed by
hand; lines starting with # are comments in both.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from interview.engine import Conversation
from interview.errors import InterviewError
from interview.script.yaml_source import UnreadableYaml, read_yaml

ACKNOWLEDGE = "acknowledge"
GO_ON = "continue"
"""What a case file's interviewer answers when, after an alert, the interview asks whether to go on."""
KEYED_SUFFIXES = (".yaml", ".yml")
"""An answers file with one of these suffixes is keyed by question; any other is positional."""


class AnswersFileError(InterviewError):
    """An answers file that cannot be used; the message names the file and the line."""


def answer_lines(text: str) -> list[str]:
    """The lines of a positional answers file; lines starting with # are comments."""
    return [line for line in text.splitlines() if not line.lstrip().startswith("#")]


@dataclass
class KeyedAnswers:
    """Answers by slot key, given to a conversation question by question.

    Attributes:
        answers: What to type at each slot key: one answer, or several lines in order (a `note ...`
            typed at the question, then its answer).
        acknowledge_alerts: Whether the file's interviewer acknowledges a halting safety alert and then
            goes on when asked whether to (a case report has no patient to act on it); without it the
            answers stop at the alert.
    """

    answers: dict[str, list[str]]
    acknowledge_alerts: bool = False
    used: set[str] = field(default_factory=set)

    def lines(self, conversation: Conversation) -> Iterator[str]:
        """The answer to each question as the conversation asks it; stops at the first it lacks.

        Read lazily: each line is chosen when the previous one has been handled. A question asked a
        second time (a refused answer, the screener asked again) ends the file's part too.
        """
        while not conversation.finished:
            if conversation.halted:
                if not self.acknowledge_alerts:
                    return
                yield ACKNOWLEDGE
                continue
            if conversation.deciding:  # after an alert: does the interview go on?
                if not self.acknowledge_alerts:
                    return
                yield GO_ON
                continue
            slot = conversation.current
            if slot is None or slot.key not in self.answers or slot.key in self.used:
                return
            self.used.add(slot.key)
            yield from self.answers[slot.key]

    @property
    def unused(self) -> list[str]:
        """The keys no question asked (misspelt, or on a branch the interview did not take)."""
        return [key for key in self.answers if key not in self.used]


def read_keyed_answers(text: str, file: str) -> KeyedAnswers:
    """A keyed answers file: `acknowledge_alerts:` (optional) and `answers:`, a mapping of key to answer."""
    try:
        data, source = read_yaml(text, file)
    except UnreadableYaml as error:
        raise AnswersFileError(f"{file}:{error.line}: {error.message}") from None
    if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
        raise AnswersFileError(f"{file}:1: a keyed answers file needs 'answers:', a mapping by question key")
    unknown = sorted(set(data) - {"answers", "acknowledge_alerts"})
    if unknown:
        line = source.line_of((unknown[0],))
        raise AnswersFileError(f"{file}:{line}: unknown key '{unknown[0]}' (answers, acknowledge_alerts)")
    answers = {
        str(key): _typed(value, file, source.line_of(("answers", key)))
        for key, value in data["answers"].items()
    }
    return KeyedAnswers(answers, data.get("acknowledge_alerts") is True)


def _typed(value: Any, file: str, line: int) -> list[str]:
    """What a person would type for a value: 12 as '12', a list as its lines in order; mappings and
    booleans are refused."""
    values = value if isinstance(value, list) and value else [value]
    for one in values:
        if isinstance(one, bool) or not isinstance(one, str | int | float):
            raise AnswersFileError(f"{file}:{line}: an answer is text as typed (quote it), not {one!r}")
    return [str(one) for one in values]
