"""Crisis contacts from the user's settings (a TOML file), never hard-coded to one country.

The settings file is `$INTERVIEW_SETTINGS`, else `settings.toml` in the per-user config directory:

    country = "GB"                       # a code from interview/safety/data/crisis_contacts.toml
    crisis_contacts = ["Crisis team: 01234 567 890"]   # optional local additions, shown first

A missing or unreadable file never stops an interview: the alert then says that contacts are not
configured, how to configure them, and gives the generic advice to call the local emergency number.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import platformdirs

SETTINGS_ENV = "INTERVIEW_SETTINGS"
CONTACTS_FILE = "crisis_contacts.toml"
NOT_CONFIGURED = "Crisis contacts are not configured"
CONFIGURE_HINT = "To configure them,"


def settings_path() -> Path:
    """$INTERVIEW_SETTINGS, else settings.toml in the per-user config directory."""
    chosen = os.environ.get(SETTINGS_ENV)
    if chosen:
        return Path(chosen).expanduser()
    return platformdirs.user_config_path("interview", appauthor=False) / "settings.toml"


@dataclass(frozen=True)
class CrisisContacts:
    """What an alert shows: the emergency advice, the crisis lines, and whether a country is set."""

    country: str
    """An ISO country code, or "" when none is configured."""
    country_name: str
    emergency: str
    lines: tuple[str, ...] = ()
    problem: str = ""
    """Why contacts are not configured (empty when they are)."""
    local: tuple[str, ...] = field(default=())
    """The user's own additions from the settings file."""

    @property
    def configured(self) -> bool:
        """Whether a known country was set."""
        return bool(self.country)

    def text_lines(self) -> list[str]:
        """The contacts as shown: local lines, emergency advice, crisis lines, and any setup hint."""
        lines = [*self.local, self.emergency, *self.lines]
        if not self.configured:
            lines.append(f"{NOT_CONFIGURED}: {self.problem}")
            others = ", ".join(code for code in contact_table()["countries"] if code != "GB")
            lines.append(
                f'{CONFIGURE_HINT} write country = "GB" (or {others}) in {settings_path()} '
                f"(or in the file named by ${SETTINGS_ENV})."
            )
        return lines


def for_the_person(lines: list[str]) -> tuple[list[str], bool]:
    """The contact lines a patient reads: without the setup hint (settings paths are for the
    clinician); and whether the hint was there (contacts not configured)."""
    kept = [line for line in lines if not line.startswith((NOT_CONFIGURED, CONFIGURE_HINT))]
    return kept, len(kept) < len(lines)


@cache
def contact_table() -> dict[str, Any]:
    """The shipped contacts data."""
    source = resources.files("interview.safety").joinpath("data", CONTACTS_FILE)
    return tomllib.loads(source.read_text(encoding="utf-8"))


def contacts_for(settings: dict[str, Any], problem: str = "") -> CrisisContacts:
    """The contacts a settings mapping selects (pure: no file is read but the shipped table)."""
    table = contact_table()
    local = tuple(str(line) for line in settings.get("crisis_contacts", []) if str(line).strip())
    country = str(settings.get("country", "")).strip().upper()
    entry = table["countries"].get(country)
    if entry is None:
        generic = table["generic"]
        if not problem:
            known = ", ".join(sorted(table["countries"]))
            problem = f"unknown country '{country}' (known: {known})" if country else "no country is set"
        return CrisisContacts("", generic["name"], generic["emergency"], (), problem, local)
    return CrisisContacts(country, entry["name"], entry["emergency"], tuple(entry["lines"]), "", local)


def load_contacts(path: Path | None = None) -> CrisisContacts:
    """The contacts configured in the settings file; a missing or bad file gives the generic advice."""
    path = path or settings_path()
    try:
        settings = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return contacts_for({}, f"there is no settings file at {path}")
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return contacts_for({}, f"the settings file {path} cannot be read ({error})")
    return contacts_for(settings)
