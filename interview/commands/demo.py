"""`interview demo`: a newcomer sees a whole interview, stored and transcribed, in a few seconds."""

from __future__ import annotations

import argparse
import io
import sys

from interview.commands.common import open_store
from interview.engine import Conversation
from interview.engine.events import SessionStarted
from interview.locations import bundled_scripts_dir
from interview.plain_mode import run_plain
from interview.report.transcript import transcript_markdown
from interview.script import load_script_file

DEMO_SCRIPT = "sample.yaml"
DEMO_ANSWERS = "sample.answers"


def demo_command(args: argparse.Namespace) -> int:
    """Play the sample script with its bundled synthetic answers, then print the transcript."""
    folder = bundled_scripts_dir()
    loaded = load_script_file(folder / DEMO_SCRIPT)
    answers = [
        line
        for line in (folder / DEMO_ANSWERS).read_text(encoding="utf-8").splitlines()
        if not line.lstrip().startswith("#")
    ]
    store = open_store(args)
    conversation, first = Conversation.start(loaded.script, "demo (synthetic)")
    started = first.events[0]
    assert isinstance(started, SessionStarted)  # Conversation.start always begins with it
    session_id = store.create(started, loaded.script.source_text)
    played = io.StringIO()
    run_plain(conversation, session_id, store, first, iter(answers), played, echo=True)
    sys.stdout.write(played.getvalue())
    print("\n" + "=" * 72 + "\nThe transcript, generated from the stored event log:\n")
    sys.stdout.write(transcript_markdown(session_id, store.events(session_id)))
    print(f"\nTry it yourself: interview run sample --plain   (this demo is session {session_id})")
    return 0
