"""`interview validate`, `graph` and `schema`: working with question scripts."""

from __future__ import annotations

import argparse
import json
import sys

from interview.engine.graph import flow_diagram
from interview.errors import UserError
from interview.locations import find_script
from interview.mapping import record_fields
from interview.record import ClinicalRecord
from interview.script import ScriptError, load_and_validate, load_script_file
from interview.script.schema import script_json_schema_text


def validate_command(args: argparse.Namespace) -> int:
    """Report every problem of each script with file:line; exit 1 if any."""
    failed = False
    for name in args.scripts:
        try:
            loaded = load_and_validate(find_script(name), record_fields())
        except ScriptError as error:
            failed = True
            for problem in error.problems:
                print(problem, file=sys.stderr)
            continue
        count = sum(1 for _ in loaded.script.index.placements)
        print(f"{name}: ok ({len(loaded.script.sections)} sections, {count} questions)")
    return 1 if failed else 0


def graph_command(args: argparse.Namespace) -> int:
    """Draw the flow of a script as Mermaid or Graphviz DOT text."""
    try:
        loaded = load_script_file(find_script(args.script))
    except ScriptError as error:
        raise UserError(str(error.problems[0])) from None
    print(flow_diagram(loaded.script, args.format))
    return 0


def schema_command(args: argparse.Namespace) -> int:
    """Print the JSON Schema of scripts or of the clinical record."""
    if args.what == "script":
        # Byte for byte what scripts/script.schema.json holds, so regenerating it is one redirect.
        sys.stdout.write(script_json_schema_text())
    elif args.what == "staging":
        from interview.staging.results import StagingReport  # only this branch needs staging

        sys.stdout.write(StagingReport.json_schema_text())
    else:
        print(json.dumps(ClinicalRecord.model_json_schema(), indent=2))
    return 0
