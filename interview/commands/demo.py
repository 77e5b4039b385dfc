"""`interview demo`: a newcomer sees a whole interview, stored and transcribed, in a few seconds."""

from __future__ import annotations

import argparse
import io
import sys

from interview.commands.common import answer_lines, open_store, start_session
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
    answers = answer_lines((folder / DEMO_ANSWERS).read_text(encoding="utf-8"))
    store = open_store(args)
    session_id, conversation, first = start_session(store, loaded.script, "demo (synthetic)")
    played = io.StringIO()
    run_plain(conversation, session_id, store, first, iter(answers), played, echo=True)
    sys.stdout.write(played.getvalue())
    print("\n" + "=" * 72 + "\nThe transcript, generated from the stored event log:\n")
    sys.stdout.write(transcript_markdown(session_id, store.events(session_id)))
    print(f"\nTry it yourself: interview run sample --plain   (this demo is session {session_id})")
    return 0
