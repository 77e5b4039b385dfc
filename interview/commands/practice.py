"""`interview practice`: a trainee codes a synthetic patient's answers and compares with the expert."""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from interview.commands.common import open_store
from interview.commands.input_lines import plain_input, read_answers_file
from interview.errors import UserError
from interview.plain_mode import PROMPT_MARK, render
from interview.practice.library import CaseError, case_files, load_case
from interview.practice.render import INSTRUCTIONS, render_history, render_results
from interview.practice.session import OFF_PATH, Feedback, PracticeSession
from interview.session.practice import StoredPractice, load_practice
from interview.storage import SessionStore
from interview.storage.attempts import PracticeAttempts


def practice_command(args: argparse.Namespace) -> int:
    """List the cases, show the history, or run one case in plain mode."""
    if args.history:
        attempts = PracticeAttempts(open_store(args).db).history(trainee=args.trainee)
        sys.stdout.write(render_history(attempts))
        return 0
    if not args.case:
        sys.stdout.write(case_listing())
        return 0
    try:
        session = load_practice(args.case)
    except CaseError as error:
        raise UserError(str(error)) from None
    lines = plain_input(read_answers_file(Path(args.answers)) if args.answers else None, then_stdin=False)
    return run_practice(
        session, open_store(args), args.trainee or "", lines, sys.stdout, args.answers is not None
    )


def case_listing() -> str:
    """The bundled cases, one a line, and how to start one."""
    lines = ["Practice cases (synthetic patients; never real people):", ""]
    for path in case_files():
        try:
            case = load_case(path)
        except CaseError as error:
            lines.append(f"  {path.stem:34} (cannot be read: {error})")
            continue
        lines.append(f"  {path.stem:34} {case.title}")
    lines += ["", "Start one with: interview practice CASE   (a unique beginning of the name is enough)"]
    lines.append("Your progress over attempts: interview practice --history")
    return "\n".join(lines) + "\n"


def run_practice(
    session: PracticeSession, store: SessionStore, trainee: str, lines: Iterator[str], out: TextIO, echo: bool
) -> int:
    """Drive the practice line by line, storing every turn as a session; results and progress at the end."""
    case = session.case
    out.write(
        f"Practice: {case.title}\n{_wrap(case.patient)}\n\n{_wrap(case.summary)}\n\n{_wrap(INSTRUCTIONS)}\n"
    )
    stored = StoredPractice(session, store, trainee)
    feedback = stored.open()
    while True:
        _show(feedback, out)
        if session.finished or session.conversation.paused:
            break
        out.write(PROMPT_MARK)
        out.flush()
        line = next(lines, None)
        if line is None:
            stored.interrupt()
            out.write("\n(end of input)\n")
            break
        if echo:
            out.write(line + "\n")
        feedback = stored.code(line)
    results = stored.finish()
    out.write("\n" + "=" * 72 + "\n" + render_results(results))
    if not results.completed:
        out.write("\nThis attempt stopped before the end, so it is not added to your progress.\n")
        return 0
    out.write("\nYour attempts at this case:\n" + render_history(stored.history()))
    return 0


def _show(feedback: Feedback, out: TextIO) -> None:
    out.write(render(feedback.reply) + "\n")
    if feedback.patient_says is not None:
        out.write(_wrap(f'The patient says: "{feedback.patient_says.strip()}"', indent="    ") + "\n")
    elif feedback.off_path:
        out.write(_wrap(OFF_PATH, indent="    ") + "\n")
    out.flush()


def _wrap(text: str, indent: str = "") -> str:
    return textwrap.fill(" ".join(text.split()), 100, initial_indent=indent, subsequent_indent=indent)
