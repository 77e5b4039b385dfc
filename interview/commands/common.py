"""What every command shares: user errors with a one-line message, and opening the database."""

from __future__ import annotations

import argparse
from pathlib import Path

from interview.engine import Conversation, Reply
from interview.errors import InterviewError
from interview.locations import database_path
from interview.record import ClinicalRecord, RecordError, load_record
from interview.script import Script
from interview.storage import SessionStore, open_database


class UserError(InterviewError):
    """A problem the user can fix; printed as one line on stderr with exit status 1."""


def open_store(args: argparse.Namespace, writing: bool = False) -> SessionStore:
    """The session store of --db / $INTERVIEW_DB / the per-user default (`writing`: an interview will
    be written into it, so a damaged file is refused first)."""
    return SessionStore(open_database(database_path(args.db), writing=writing))


def read_record(path: str) -> ClinicalRecord:
    """A record file, or a UserError naming what is wrong with it."""
    try:
        return load_record(Path(path))
    except RecordError as error:
        raise UserError(str(error)) from None


def start_session(
    store: SessionStore, script: Script, patient_label: str, script_path: str = ""
) -> tuple[str, Conversation, Reply]:
    """A new stored session; its first reply's events are committed by whoever shows the reply."""
    conversation, first = Conversation.start(script, patient_label, script_path=script_path)
    return store.create_begun(first.events, script.source_text), conversation, first


def answer_lines(text: str) -> list[str]:
    """The lines of an answers file; lines starting with # are comments."""
    return [line for line in text.splitlines() if not line.lstrip().startswith("#")]
