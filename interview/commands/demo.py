"""`interview demo`: a newcomer sees the whole product in a minute: an interview, stored, then its report.

It plays a synthetic practice case through with the expert's codings (the patient's words beside
each), stores it as an ordinary session, and prints what `interview report SESSION` prints for it.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from typing import TextIO

from interview.commands.common import open_store
from interview.commands.report import report_command
from interview.engine import Reply
from interview.events import AnswerMissing, AnswerRecorded
from interview.practice.expert import ExpertRun, play_expert
from interview.practice.library import case_script, find_case, load_case
from interview.storage import SessionStore

DEMO_CASE = "07-allostatic-load-marital-dispute"
"""Rich in what the report shows: pseudo-resistance, allostatic overload, a role dispute, alcohol."""
WIDTH = 100


def demo_command(args: argparse.Namespace) -> int:
    """Play the demo case, store it, print the conversation briefly and then the report."""
    path = find_case(DEMO_CASE)
    case = load_case(path)
    script = case_script(case, path)
    run = play_expert(case, script, patient_label=f"demo (synthetic): {case.id}")
    store = open_store(args)
    session_id = store_run(store, run, script.source_text)
    out = sys.stdout
    out.write(f"A synthetic interview: {case.title}\n{_wrap(case.summary)}\n")
    print_conversation(run, out)
    out.write("\n" + "=" * 72 + "\nThe clinician's report (interview report), from the stored session:\n\n")
    out.flush()
    report = argparse.Namespace(db=args.db, source=session_id, format="md", audience="clinician", out=None)
    report_command(report)
    out.write(
        f"\nThis demo is session {session_id}. Next:\n"
        f"  interview transcript {session_id}      the whole conversation, from the event log\n"
        f"  interview report {session_id} --format html --out report.html   the report as one web page\n"
        f"  interview practice {case.id}   code this patient yourself and compare with the expert\n"
        "  interview run trd_assessment --plain   conduct an interview\n"
    )
    return 0


def store_run(store: SessionStore, run: ExpertRun, script_source: str) -> str:
    """Store the played interview as an ordinary session (one commit: nothing was typed live)."""
    session_id = store.create_begun(run.first.events, script_source)
    store.append(session_id, [event for reply in run.replies for event in reply.events])
    store.release(session_id)  # played through: nothing more to write, anyone may open it
    return session_id


def print_conversation(run: ExpertRun, out: TextIO) -> None:
    """Each question in one line, the patient's words and the coding in the next; sections as headings."""
    for turn, reply in zip(run.turns, run.replies, strict=False):
        for message in reply.messages:
            if message.kind == "section":
                out.write(f"\n== {message.text.splitlines()[0]} ==\n")
        question = turn.prompt.strip().splitlines()[0]
        out.write(_clip(f"  Q: {question}") + "\n")
        out.write(_clip(f'     "{turn.answer.says.strip()}"  -> {_coded(turn.reply)}') + "\n")


def _coded(reply: Reply) -> str:
    """How the engine understood the coding: its read-back, or the reason there is no value."""
    for event in reply.events:
        if isinstance(event, AnswerRecorded):
            return event.display
        if isinstance(event, AnswerMissing):
            return event.reason.value.replace("_", " ")
    return "recorded"


def _clip(line: str) -> str:
    return line if len(line) <= WIDTH else line[: WIDTH - 3] + "..."


def _wrap(text: str) -> str:
    return textwrap.fill(" ".join(text.split()), WIDTH)
