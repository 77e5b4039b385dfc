"""One registry of output formats: the command line, the report package, the TUI and the README agree."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from interview.cli import build_parser
from interview.formats import EXPORT_FORMATS, REPORT_FORMATS, OutputFormat, format_ids
from interview.report import FORMATS as RENDERED_FORMATS

README = Path(__file__).parents[1] / "README.md"
TABLE = re.compile(r"<!-- formats:[^>]*-->\n\n(.*?)<!-- /formats -->", re.DOTALL)


def formats_table() -> str:
    """The table the README must hold, generated from the registry."""

    def rows(command: str, formats: tuple[OutputFormat, ...]) -> str:
        return "".join(f"| `{command}` | `{f.id}` | {f.name}: {f.purpose} |\n" for f in formats)

    header = "| command | `--format` | what it is for |\n| --- | --- | --- |\n"
    return header + rows("interview report", REPORT_FORMATS) + rows("interview export", EXPORT_FORMATS)


def format_option(command: str) -> argparse.Action:
    """The --format option of one subcommand of the real parser."""
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    subcommand: argparse.ArgumentParser = commands.choices[command]
    return next(a for a in subcommand._actions if "--format" in a.option_strings)


def test_the_readme_formats_table_matches_the_registry() -> None:
    match = TABLE.search(README.read_text(encoding="utf-8"))
    assert match, "README.md lost its generated formats table markers"
    expected = formats_table()
    assert match.group(1) == expected, "README's formats table differs; paste this:\n" + expected


def test_the_command_line_offers_the_registry_formats_first_one_the_default() -> None:
    for command, formats in (("report", REPORT_FORMATS), ("export", EXPORT_FORMATS)):
        option = format_option(command)
        assert list(option.choices or []) == format_ids(formats)
        assert option.default == formats[0].id


def test_every_registered_report_format_is_one_the_report_package_renders() -> None:
    assert format_ids(REPORT_FORMATS) == list(RENDERED_FORMATS)


def test_the_tui_export_dialog_offers_the_readable_report_formats() -> None:
    from interview.tui.screens.export import FORMAT_CHOICES

    assert [value for _, value in FORMAT_CHOICES] == [f.id for f in REPORT_FORMATS if f.for_reading]
    assert [label for label, _ in FORMAT_CHOICES] == ["Markdown (.md)", "HTML (.html)"]
