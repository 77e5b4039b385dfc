"""Commands typed instead of an answer: back, skip, why, help, pause, review, note, edit, acknowledge."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from interview.engine.understanding.text import normalize

CommandName = Literal[
    "back", "skip", "why", "help", "pause", "review", "note", "edit", "acknowledge", "alert"
]

# Whole lines only, so that an answer such as "back pain" or "skip meals" is never a command.
# "quit" is a pause: every answer is committed as it is given, so quitting loses nothing.
_WHOLE_LINE: dict[str, CommandName] = {
    "back": "back",
    "go back": "back",
    "previous": "back",
    "prev": "back",
    "skip": "skip",
    "skip this": "skip",
    "skip question": "skip",
    "skip this question": "skip",
    "why": "why",
    "why?": "why",
    "why do you ask": "why",
    "why do you ask?": "why",
    "why are you asking": "why",
    "why are you asking?": "why",
    "help": "help",
    "help?": "help",
    "?": "help",
    "pause": "pause",
    "stop for now": "pause",
    "quit": "pause",
    "exit": "pause",
    "save and quit": "pause",
    "review": "review",
    "review answers": "review",
    # the interviewer's acknowledgement of a safety alert, and showing the alert again
    "acknowledge": "acknowledge",
    "acknowledged": "acknowledge",
    "ack": "acknowledge",
    "acknowledge alert": "acknowledge",
    "alert": "alert",
    "show alert": "alert",
}
_NOTE = re.compile(r"note\s*[:\s]\s*(?P<argument>\S.*)", re.DOTALL | re.IGNORECASE)
# An edit names one question (its id or number); "edit my answer about sleep" stays an answer.
_EDIT = re.compile(r"edit\s+(?P<argument>[\w.-]+)[.!]?", re.IGNORECASE)
_PREFIXES = "/!"


@dataclass(frozen=True)
class Command:
    """A command the person typed instead of an answer.

    Attributes:
        name: Which command.
        argument: The note's text for "note <text>"; the question id or number for "edit <x>".
    """

    name: CommandName
    argument: str = ""


def recognize_command(text: str) -> Command | None:
    """Recognise a command: a whole line, optionally starting with "/" or "!".

    Args:
        text: What the person typed.

    Returns:
        The command, or None when the line is an answer (including "note" without text).
    """
    stripped = text.strip()
    if stripped[:1] and stripped[0] in _PREFIXES:
        stripped = stripped[1:].lstrip()
    note = _NOTE.fullmatch(stripped)
    if note is not None:
        return Command("note", note["argument"].strip())
    edit = _EDIT.fullmatch(stripped)
    if edit is not None:
        return Command("edit", edit["argument"])
    name = _WHOLE_LINE.get(normalize(stripped).rstrip(".! "))
    return Command(name) if name is not None else None
