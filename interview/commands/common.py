"""What every command shares: opening the database, reading a record file, starting a stored session."""

from __future__ import annotations

import argparse
from pathlib import Path

from interview.engine import Conversation, Reply
from interview.errors import UserError
from interview.locations import database_path
from interview.mapping.read_backs import READ_BACKS
from interview.record import ClinicalRecord, RecordError, load_record
from interview.script import Script
from interview.storage import SessionStore, open_database


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
    conversation, first = Conversation.start(
        script, patient_label, script_path=script_path, read_backs=READ_BACKS
    )
    return store.create_begun(first.events, script.source_text), conversation, first
