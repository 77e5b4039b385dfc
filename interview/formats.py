"""The formats a report and a research export can be written in: one registry each.

The command line offers these choices, the TUI's export dialog its readable report formats, and the
README's formats table is checked against them (tests/test_formats_docs.py). Kept free of imports so
that building the command line's parser loads nothing of the packages that write them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OutputFormat:
    """One format: its id (the `--format` value and the file suffix), its name and what it is for."""

    id: str
    name: str
    purpose: str
    for_reading: bool = True
    """Whether a person reads it (the TUI offers these); otherwise it is made for programs."""

    @property
    def suffix(self) -> str:
        """The file name suffix, e.g. '.html'."""
        return f".{self.id}"


REPORT_FORMATS: tuple[OutputFormat, ...] = (
    OutputFormat("md", "Markdown", "reading at the terminal or in any editor (the default)"),
    OutputFormat("html", "HTML", "one self-contained page to read or print, with the diagrams"),
    OutputFormat("json", "JSON", "the same content for programs", for_reading=False),
)
"""`interview report --format`, and the TUI's report export (the readable ones)."""

EXPORT_FORMATS: tuple[OutputFormat, ...] = (
    OutputFormat("csv", "CSV", "one table per file, for spreadsheets and statistics (the default)"),
    OutputFormat("jsonl", "JSON Lines", "the same tables, one JSON object a line", for_reading=False),
    OutputFormat("fhir", "FHIR R4", "a QuestionnaireResponse per session and each script's Questionnaire"),
)
"""`interview export --format`."""


def format_ids(formats: tuple[OutputFormat, ...]) -> list[str]:
    """The ids, in the registry's order (the first is the default)."""
    return [f.id for f in formats]
