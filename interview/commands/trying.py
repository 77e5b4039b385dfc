"""`interview try`: what an answer to one question is understood as, printed as JSON (for script authors)."""

from __future__ import annotations

import argparse
import json

from interview.errors import UserError
from interview.locations import find_script
from interview.script import ScriptError, load_script_file
from interview.understand import UnknownQuestion, scan_for_risk, understand_answer


def try_command(args: argparse.Namespace) -> int:
    """Print the reading of `answer` to `question` of `script`, or with --cues the risk scan of a line."""
    if args.cues is not None:
        if args.script or args.question or args.answer:
            raise UserError('--cues scans one line alone: interview try --cues "TEXT"')
        scan = scan_for_risk(args.cues)
        found = {"text": args.cues, "cues": scan.cues, "denials": scan.denials, "truncated": scan.truncated}
        print(json.dumps(found, indent=2, ensure_ascii=False))
        return 0
    if not (args.script and args.question and args.answer is not None):
        raise UserError(
            'give a script, a question id and an answer: interview try SCRIPT QUESTION_ID "answer"'
        )
    try:
        script = load_script_file(find_script(args.script)).script
    except ScriptError as error:
        raise UserError(str(error.problems[0])) from None
    try:
        reading = understand_answer(script, args.question, args.answer)
    except UnknownQuestion as error:
        raise UserError(str(error)) from None
    print(json.dumps(reading.as_json(), indent=2, ensure_ascii=False, default=str))
    return 0
