"""`interview record SESSION`: the ClinicalRecord a session's answers make, as JSON."""

from __future__ import annotations

import argparse

from interview.commands.common import open_store
from interview.errors import UserError
from interview.session.outcome import OutcomeError, load_outcome


def record_command(args: argparse.Namespace) -> int:
    """Print the session's record (the input of `interview stage` and `interview macro`)."""
    try:
        outcome = load_outcome(open_store(args), args.session)
    except OutcomeError as error:
        raise UserError(str(error)) from None
    print(outcome.record.model_dump_json(indent=2))
    return 0
