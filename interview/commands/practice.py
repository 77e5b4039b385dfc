"""`interview practice`: a trainee codes a synthetic patient's answers and compares with the expert."""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from interview.commands.common import UserError, open_store
from interview.commands.input_lines import plain_input, read_answers_file
from interview.engine.events import Paused
from interview.locations import find_script
from interview.plain_mode import PROMPT_MARK, render
from interview.practice.case import PracticeCase
from interview.practice.library import CaseError, case_files, find_case, load_case
from interview.practice.render import render_history, render_results
from interview.practice.results import PracticeResults
from interview.practice.session import OFF_PATH, Feedback, PracticeSession
from interview.script import ScriptError, load_script_file
from interview.script.model import Script
from interview.storage import SessionStore
from interview.storage.attempts import AttemptSummary, NewAttempt, PracticeAttempts

INSTRUCTIONS = (
    "For each question you see what the patient says. Type how you would code it, as in an interview: "
    "'100 mg', 'about 2 months', '3', \"don't know\". back, skip, why, help and review work as usual. "
    "At the end you see your agreement with the expert's coding."
)


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


def case_script(case: PracticeCase, case_path: Path) -> Script:
    """The script a case answers: a path beside the case file, or a bundled script id."""
    beside = case_path.parent / case.script
    path = beside if beside.is_file() else find_script(case.script)
    try:
        return load_script_file(path).script
    except ScriptError as error:
        raise CaseError([f"case '{case.id}': its script cannot be used: {error.problems[0]}"]) from None


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


def load_practice(name: str) -> PracticeSession:
    """A practice session on a case named as `interview practice CASE` names it (CaseError if unusable)."""
    path = find_case(name)
    case = load_case(path)
    return PracticeSession(case, case_script(case, path))


class StoredPractice:
    """A practice attempt stored as a session, as plain mode and the TUI both store it.

    Every turn's events are committed before the caller shows the feedback; a completed attempt is
    added to the trainee's progress once, when `finish()` is called.
    """

    def __init__(self, session: PracticeSession, store: SessionStore, trainee: str) -> None:
        self.session = session
        self.store = store
        self.trainee = trainee
        self.session_id = ""
        self.attempt_stored = False

    def open(self) -> Feedback:
        """Create the stored session and commit the opening (session start and first question)."""
        feedback = self.session.opening()
        self.session_id = self.store.create_begun(feedback.reply.events, self.session.script.source_text)
        self.store.append(self.session_id, feedback.reply.events)
        return feedback

    def code(self, text: str) -> Feedback:
        """One line from the trainee; its events are committed before the feedback is returned."""
        feedback = self.session.code(text)
        self.store.append(self.session_id, feedback.reply.events)
        return feedback

    def interrupt(self) -> None:
        """The trainee stopped mid-case: mark the session paused (every coding is already stored)."""
        conversation = self.session.conversation
        if self.session_id and not (conversation.finished or conversation.paused):
            self.store.append(self.session_id, [Paused()])
        if self.session_id:
            self.store.release(self.session_id)  # another process may open the session now

    def finish(self) -> PracticeResults:
        """The results; a completed attempt is added to the trainee's progress (once)."""
        results = self.session.results()
        if results.completed and not self.attempt_stored:
            record = attempt_record(results, self.trainee, self.session_id or None)
            PracticeAttempts(self.store.db).add(record)
            self.attempt_stored = True
        if self.session_id and self.session.conversation.finished:
            self.store.release(self.session_id)  # nothing more to write
        return results

    def history(self) -> list[AttemptSummary]:
        """The trainee's attempts at this case, oldest first."""
        return PracticeAttempts(self.store.db).history(self.trainee, self.session.case.id)


def attempt_record(results: PracticeResults, trainee: str, session_id: str | None) -> NewAttempt:
    """What is stored of an attempt."""
    overall = results.overall
    detail = {
        "sections": [
            {
                "title": s.title,
                "scored": s.scored,
                "agreed": s.agreed,
                "percent": s.percent,
                "kappa": s.kappa.value,
            }
            for s in results.sections
        ],
        "disagreements": [
            {"key": i.key, "trainee": i.trainee.shown, "expert": i.expert.shown}
            for i in results.disagreements
        ],
        "staging": [{"label": r.label, "expert": r.expert, "trainee": r.trainee} for r in results.staging],
    }
    return NewAttempt(
        case_id=results.case.id,
        case_title=results.case.title,
        trainee=trainee,
        session_id=session_id,
        completed=results.completed,
        items_scored=overall.scored,
        items_agreed=overall.agreed,
        percent=overall.percent,
        kappa=overall.kappa.value,
        staging_rows=len(results.staging),
        staging_same=sum(1 for row in results.staging if row.same),
        detail=detail,
    )


def _show(feedback: Feedback, out: TextIO) -> None:
    out.write(render(feedback.reply) + "\n")
    if feedback.patient_says is not None:
        out.write(_wrap(f'The patient says: "{feedback.patient_says.strip()}"', indent="    ") + "\n")
    elif feedback.off_path:
        out.write(_wrap(OFF_PATH, indent="    ") + "\n")
    out.flush()


def _wrap(text: str, indent: str = "") -> str:
    return textwrap.fill(" ".join(text.split()), 100, initial_indent=indent, subsequent_indent=indent)
