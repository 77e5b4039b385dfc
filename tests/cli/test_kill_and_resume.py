"""Killing the process at any moment loses no acknowledged answer and resumes at the same question.

A real `interview run --plain` process is fed answers one at a time. An answer counts as acknowledged
once the next question has appeared on screen. The process is killed with SIGKILL at a random moment,
many times; each time the stored log must hold every acknowledged answer, and `resume` must ask the
question that was on screen.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from interview.engine import Conversation
from interview.script import load_script_text
from interview.storage import SessionStore, open_database

ANSWERS = ["yes", "1", "2", "not at all", "8 months", "no", "no", "no", "yes", "sertraline", "100 mg",
           "6 weeks", "5", "yes", "venlafaxine", "150 mg", "8 weeks", "7", "no", "nausea"]  # fmt: skip
RUNS = 12


def read_until_prompt(process: subprocess.Popen[bytes], deadline: float) -> str:
    """Read output until the input mark '> ' ends it (or the deadline passes)."""
    assert process.stdout is not None
    buffer = b""
    while not buffer.endswith(b"> ") and time.monotonic() < deadline:
        chunk = os.read(process.stdout.fileno(), 4096)
        if not chunk:
            break
        buffer += chunk
    return buffer.decode()


def last_question(screen: str) -> str:
    """The last question shown: the text block just before the final '> '."""
    body = screen.rsplit("> ", 1)[0].strip().splitlines()
    return next(line for line in reversed(body) if line and not line.startswith("  "))


@pytest.mark.slow
@pytest.mark.parametrize("run_number", range(RUNS))
def test_sigkill_at_a_random_moment_loses_nothing_acknowledged(run_number: int, tmp_path: Path) -> None:
    rng = random.Random(run_number)
    database = tmp_path / "kill.db"
    process = subprocess.Popen(
        [sys.executable, "-m", "interview", "--db", str(database), "run", "sample", "--plain"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert process.stdin is not None
    deadline = time.monotonic() + 60
    screen = read_until_prompt(process, deadline)
    acknowledged: list[str] = []
    on_screen = last_question(screen)
    kill_after = rng.randrange(1, len(ANSWERS) - 1)
    for answer in ANSWERS[:kill_after]:
        process.stdin.write(answer.encode() + b"\n")
        process.stdin.flush()
        screen = read_until_prompt(process, deadline)
        acknowledged.append(answer)
        on_screen = last_question(screen)
    # one more answer in flight, killed after a random short delay: it may or may not be stored
    process.stdin.write(ANSWERS[kill_after].encode() + b"\n")
    process.stdin.flush()
    time.sleep(rng.uniform(0, 0.02))
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)

    store = SessionStore(open_database(database))
    session_id = store.summaries()[0].id
    events = store.events(session_id)
    typed = [e.text for e in events if e.kind == "input_received"]
    assert typed[: len(acknowledged)] == acknowledged, "every acknowledged answer is stored, in order"
    script = load_script_text(store.script_source(session_id)).script
    resumed = Conversation.replay(script, events).resume()
    prompt = next(m.text for m in resumed.messages if m.kind == "prompt")
    turns = [e.kind for e in events]
    assert turns.count("input_received") == turns.count("question_asked") - 1, "no half-stored turn"
    if len(typed) == len(acknowledged):  # the answer in flight was lost before its commit
        assert prompt.splitlines()[0] == on_screen, "resumes at the question that was on screen"
