"""A driver over the sample script (which carries the C-SSRS screener) with fixed crisis contacts."""

from __future__ import annotations

from interview.locations import bundled_scripts_dir
from interview.safety.contacts import CrisisContacts, contacts_for
from interview.script import Script, load_script_file
from tests.engine.flows import Driver

SAMPLE = bundled_scripts_dir() / "sample.yaml"
OPENING = ["yes", "the patient", "more than half the days"]
"""Consent, who answers, PHQ-9 item 1: the screen is next (PHQ-9 item 9)."""
NO_SCREEN = ["no", "no", "no"]
"""The screener in its place, nothing endorsed: items 1, 2 and 6."""


def sample_script() -> Script:
    """The bundled sample script."""
    return load_script_file(SAMPLE).script


def gb_contacts() -> CrisisContacts:
    """Contacts as if the settings said country = "GB"."""
    return contacts_for({"country": "GB"})


class SafetyDriver(Driver):
    """Types lines into a sample-script conversation and keeps every event, as storage would."""

    def __init__(self) -> None:
        self._start(sample_script(), "P-safety", contacts=gb_contacts)

    def kinds(self) -> list[str]:
        """The kinds of every event so far."""
        return [event.kind for event in self.events]
