"""The `interview` command line: one parser, each subcommand delegating to interview.commands."""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import sys
from collections.abc import Callable, Sequence

from interview import __version__
from interview.commands.served_options import add_serve_options, add_users_actions
from interview.errors import InterviewError
from interview.formats import EXPORT_FORMATS, REPORT_FORMATS, format_ids

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    """Every subcommand with its options and help."""
    parser = argparse.ArgumentParser(
        prog="interview",
        description="A conversational structured interview for depression that has not responded to "
        "treatment, with staging and macro-analysis.",
    )
    parser.add_argument("--version", action="version", version=f"interview {__version__}")
    parser.add_argument("--db", help="database file (default: $INTERVIEW_DB, else the per-user data dir)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, module: str, summary: str) -> argparse.ArgumentParser:
        """A subcommand run by `<name>_command` in interview.commands.<module>, imported when it runs."""
        sub = commands.add_parser(name, help=summary, description=summary)
        sub.set_defaults(handler=f"{module}:{name}_command")
        return sub

    run = add("run", "interviews", "start a new interview (in the TUI; --plain: line by line)")
    run.add_argument(
        "script",
        nargs="?",
        default="trd_assessment",
        help="script file or bundled id (default: trd_assessment, the full assessment)",
    )
    run.add_argument(
        "--plain", action="store_true", help="line-by-line mode (also when stdin is not a terminal)"
    )
    run.add_argument("--answers", metavar="FILE", help="read the answers from FILE, one per line")
    run.add_argument("--patient", metavar="LABEL", help="a pseudonym for the patient (never a real name)")

    resume = add("resume", "interviews", "continue a session at the question where it stopped")
    resume.add_argument("session", help="session id (or its first characters)")
    resume.add_argument("--plain", action="store_true", help="line-by-line mode")
    resume.add_argument("--answers", metavar="FILE", help="read the answers from FILE, one per line")

    sessions = add("sessions", "interviews", "list sessions with their status")
    sessions.add_argument("--json", action="store_true", help="machine-readable output")

    transcript = add("transcript", "interviews", "print a session's transcript from its event log")
    transcript.add_argument("session", help="session id (or its first characters)")
    transcript.add_argument("--format", choices=["md", "jsonl"], default="md")

    record = add("record", "record", "print the clinical record (JSON) a session's answers make")
    record.add_argument("session", help="session id (or its first characters)")

    stage = add("stage", "analysis", "stage a clinical record (JSON) with every published method")
    stage.add_argument("record", help="a ClinicalRecord JSON file")
    stage.add_argument("--format", choices=["json", "md"], default="md")

    macro = add("macro", "macro", "macro-analysis of a clinical record: linked problems and targets")
    macro.add_argument("record", help="a ClinicalRecord JSON file")
    macro.add_argument("--format", choices=["text", "mermaid", "dot", "json"], default="text")

    report = add("report", "report", "the clinician or patient report of a session or a record file")
    report.add_argument("source", metavar="SESSION_OR_RECORD", help="session id or prefix, or a record file")
    report.add_argument("--format", choices=format_ids(REPORT_FORMATS), default=REPORT_FORMATS[0].id)
    report.add_argument("--audience", choices=["clinician", "patient"], default="clinician")
    report.add_argument("--out", metavar="FILE", help="write to FILE (owner-only) instead of stdout")

    validate = add("validate", "scripts", "check scripts; report problems as file:line: CODE")
    validate.add_argument("scripts", nargs="+", metavar="SCRIPT")

    graph = add("graph", "scripts", "draw a script's flow")
    graph.add_argument("script")
    graph.add_argument("--format", choices=["mermaid", "dot"], default="mermaid")

    trying = add("try", "trying", "print, as JSON, what an answer to one question is understood as")
    trying.add_argument("script", nargs="?", help="script file or bundled id (e.g. trd_assessment)")
    trying.add_argument("question", nargs="?", metavar="QUESTION_ID", help="a question id, or 'another'")
    trying.add_argument("answer", nargs="?", help="the answer, as a person would type it")
    trying.add_argument("--cues", metavar="TEXT", help="scan one line for risk cues and denials instead")

    schema = add("schema", "scripts", "print the JSON Schema of the record, of scripts or of staging reports")
    schema.add_argument("what", choices=["record", "script", "staging"])

    practice = add("practice", "practice", "code a synthetic patient's answers; compare with an expert")
    practice.add_argument("case", nargs="?", help="case name or file (none: list the cases)")
    practice.add_argument("--plain", action="store_true", help="line-by-line mode instead of the TUI")
    practice.add_argument("--trainee", metavar="NAME", help="whose attempt (a pseudonym), for progress")
    practice.add_argument("--answers", metavar="FILE", help="read the codings from FILE, one per line")
    practice.add_argument("--history", action="store_true", help="list past attempts (progress)")

    export = add("export", "export", "write sessions as a research export (anonymized or identified)")
    export.add_argument("--out", required=True, metavar="DIR", help="directory to write (created if needed)")
    export.add_argument("--format", choices=format_ids(EXPORT_FORMATS), default=EXPORT_FORMATS[0].id)
    privacy = export.add_mutually_exclusive_group()
    privacy.add_argument("--anonymize", action="store_true", help="pseudonymous ids, identifiers removed")
    privacy.add_argument("--identified", action="store_true", help="labels, texts and dates as entered")
    export.add_argument(
        "--dates",
        choices=["shift", "interval"],
        default="shift",
        help="anonymized dates: shifted per patient, or days from the session start",
    )
    export.add_argument("--since", metavar="DATE", help="sessions started on or after DATE (YYYY-MM-DD)")
    export.add_argument("--until", metavar="DATE", help="sessions started on or before DATE (YYYY-MM-DD)")
    export.add_argument("--script", metavar="ID", help="only sessions of this script id")
    export.add_argument("--label", metavar="GLOB", help="only patient labels matching GLOB (e.g. 'clinic-*')")
    export.add_argument(
        "--include-practice",
        action="store_true",
        help="also trainees' practice attempts (left out by default: they code synthetic cases)",
    )

    anonymize = add("anonymize", "anonymize", "anonymize free text: one text per line, or JSON Lines")
    anonymize.add_argument("file", nargs="?", help="input file (default: standard input)")
    anonymize.add_argument(
        "--input",
        choices=["auto", "text", "jsonl"],
        default="auto",
        help="text: a text per line; jsonl: objects with a 'text' field; auto: jsonl if a line starts with {",
    )
    anonymize.add_argument(
        "--known",
        action="append",
        metavar="TEXT",
        help="an identifier to remove wherever it appears (repeatable)",
    )

    add(
        "settings",
        "settings",
        "show the settings file and the crisis contacts safety alerts show",
    )

    add("demo", "demo", "play a synthetic assessment through and show its report")

    serve = add("serve", "serve", "serve the TUI to a web browser (this machine only, by default)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=_port, default=8000, help="port, 1 to 65535 (default: 8000)")
    add_serve_options(serve)

    users = add("users", "users", "the accounts that may sign in to `interview serve`")
    add_users_actions(users)
    return parser


def _port(text: str) -> int:
    """A TCP port number (argparse turns the ValueError into a usage error naming the option)."""
    number = int(text)
    if not 1 <= number <= 65535:
        raise argparse.ArgumentTypeError(f"{text} is not a port (1 to 65535)")
    return number


def _opens_tui(args: argparse.Namespace) -> bool:
    """`interview`, `run`, `resume` and `practice CASE` open the TUI on a terminal; --plain, --answers
    or a pipe do not (nor the practice case list or --history, which are printed)."""
    if args.command not in (None, "run", "resume", "practice") or getattr(args, "plain", False):
        return False
    if args.command == "practice" and (not args.case or args.history):
        return False
    return not getattr(args, "answers", None) and sys.stdin.isatty() and sys.stdout.isatty()


def _tui(args: argparse.Namespace) -> int:
    # Imported only when the TUI opens: textual takes ~200 ms to import and no other command needs it.
    # The import contracts allow this one edge (interview.cli -> interview.tui) and no other.
    from interview.tui.launch import tui_command

    return tui_command(args)


def _load(spec: str) -> Handler:
    # Each command imports only what it needs when it runs: importing every command up front cost
    # about 1.6 s before `interview anonymize` could read its first line.
    module, name = spec.split(":")
    handler: Handler = getattr(importlib.import_module(f"interview.commands.{module}"), name)
    return handler


TEXT_OPTIONS = ("patient", "session", "trainee", "known", "label", "since", "until")
"""Arguments kept or compared as text: undecodable bytes (the shell passes them through) are refused
here, where paths, which may be any bytes, are not."""


def _refuse_undecodable(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    for name in TEXT_OPTIONS:
        value = getattr(args, name, None)
        texts = value if isinstance(value, list) else [value]
        if any(isinstance(text, str) and not _is_utf8(text) for text in texts):
            parser.error(f"argument {name}: not UTF-8 text (undecodable bytes)")


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")  # undecodable bytes in argv arrive as lone surrogates
    except UnicodeEncodeError:
        return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; 0 done, 1 user or data error, 2 usage error."""
    parser = build_parser()
    args = parser.parse_args(argv)
    _refuse_undecodable(parser, args)
    spec: str | None = getattr(args, "handler", None)
    if not _opens_tui(args) and spec is None:
        parser.print_help()
        return 0
    try:
        return _tui(args) if _opens_tui(args) else _load(spec or "")(args)
    except InterviewError as error:
        message = error.args[0] if error.args else str(error)
        print(f"interview: {message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\ninterview: interrupted; every answer given so far is saved.", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except sqlite3.Error as error:  # a read the store did not word (a damaged or locked file)
        from interview.locations import database_path
        from interview.storage.writes import database_problem

        problem = database_problem(error, "cannot read the database", str(database_path(args.db)))
        print(f"interview: {problem}", file=sys.stderr)
        return 1
    except OSError as error:  # e.g. the disk filled up while writing a report
        where = f" {error.filename}" if error.filename else ""
        print(f"interview: cannot read or write{where}: {error.strerror or error}", file=sys.stderr)
        return 1
