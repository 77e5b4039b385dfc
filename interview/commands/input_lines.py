"""Where plain mode's answers come from: an answers file, then standard input; text only, never bytes.

An answers file is read whole before a session is created, so a missing or binary file is one line of
error and leaves no empty session behind. A line of standard input that is not text (undecodable
bytes, a NUL) stops the interview with a message; every answer before it is already stored.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from interview.errors import UserError
from interview.session.answer_files import answer_lines

SAVED = "; the answers before it are saved"


def _is_text(line: str) -> bool:
    if "\x00" in line:
        return False
    try:
        line.encode("utf-8")  # undecodable bytes arrive as lone surrogates (surrogateescape)
    except UnicodeEncodeError:
        return False
    return True


def answers_text(path: Path) -> str:
    """The whole text of an answers file, or a UserError saying why it cannot be used."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise UserError(f"cannot read the answers file {path}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise UserError(f"the answers file {path} is not UTF-8 text (is it a binary file?)") from None
    return text


def read_answers_file(path: Path) -> list[str]:
    """The answer lines of FILE (comments dropped), or a UserError saying why it cannot be used."""
    lines = answer_lines(answers_text(path))
    for number, line in enumerate(lines, start=1):
        if not _is_text(line):
            raise UserError(f"the answers file {path} is not text (a NUL byte in answer line {number})")
    return lines


def text_lines(
    stream: Iterable[str | bytes], name: str = "standard input", then: str = SAVED
) -> Iterator[str]:
    """Each line of `stream` without its line end; a UserError at the first line that is not text
    (its message: `name` is not text, the line, then `then`).

    Given bytes, each line is decoded on its own, so every line before a bad one is still delivered
    (a text stream decodes a whole buffer at once and fails before its first line).
    """
    number = 0
    try:
        for number, raw in enumerate(stream, start=1):
            line: str = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            stripped = line.rstrip("\r\n")
            if not _is_text(stripped):
                raise UserError(_not_text(name, number, then))
            yield stripped
    except UnicodeDecodeError:
        raise UserError(_not_text(name, number if number else 1, then)) from None


def _not_text(name: str, number: int, then: str) -> str:
    return f"{name} is not text (line {number} holds bytes that are not UTF-8 text){then}"


def plain_input(answers: Iterable[str] | None, then_stdin: bool = True) -> Iterator[str]:
    """The answers file's lines, then standard input's: after a file only when standard input is a
    terminal (the person goes on where the file stopped), and without a file always."""
    if answers is not None:
        yield from answers
        if not sys.stdin.isatty() or not then_stdin:
            return
    yield from text_lines(getattr(sys.stdin, "buffer", sys.stdin))  # bytes, line by line
