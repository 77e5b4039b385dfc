"""`interview anonymize [FILE]`: the free-text anonymizer over plain lines or JSON Lines (a `text` field)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from interview.commands.input_lines import text_lines
from interview.errors import UserError
from interview.export import Anonymizer


def anonymize_command(args: argparse.Namespace) -> int:
    """Anonymize each line of FILE (or standard input) and write one line out for each line in."""
    anonymizer = Anonymizer(known=args.known or ())
    if args.file and args.file != "-":
        try:
            with Path(args.file).open("rb") as source:
                _run(source, sys.stdout, anonymizer, args.input)
        except OSError as error:
            raise UserError(f"cannot read {args.file}: {error.strerror}") from None
    else:
        _run(getattr(sys.stdin, "buffer", sys.stdin), sys.stdout, anonymizer, args.input)
    return 0


def _run(source: Iterable[str | bytes], out: TextIO, anonymizer: Anonymizer, mode: str) -> None:
    lines: Iterator[str] = text_lines(source, "the input", then=": is it a binary file?")
    if mode == "auto":
        first = next(lines, None)
        if first is None:
            return
        mode = "jsonl" if first.lstrip().startswith("{") else "text"
        lines = _chain(first, lines)
    for number, line in enumerate(lines, start=1):
        text = _json_line(line, anonymizer, number) if mode == "jsonl" else anonymizer.anonymize(line)
        out.write(text + "\n")


def _json_line(line: str, anonymizer: Anonymizer, number: int) -> str:
    """The same object with its `text` field anonymized; blank lines stay blank."""
    if not line.strip():
        return line
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        raise UserError(
            f"line {number} is not JSON ({error.msg}); use --input text for plain lines"
        ) from None
    except RecursionError:
        raise UserError(f"line {number} is JSON nested too deeply to read") from None
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise UserError(f"line {number} has no string field 'text'")
    item["text"] = anonymizer.anonymize(item["text"])
    return json.dumps(item, ensure_ascii=False)


def _chain(first: str, rest: Iterable[str]) -> Iterator[str]:
    yield first
    yield from rest
