"""`interview settings`: where the settings file is, and the crisis contacts a safety alert would show."""

from __future__ import annotations

import argparse

from interview.safety.contacts import SETTINGS_ENV, load_contacts, settings_path


def settings_command(args: argparse.Namespace) -> int:
    """Print the settings file's location and the contacts it selects (exit 0 even when unset)."""
    path = settings_path()
    contacts = load_contacts(path)
    found = "found" if path.exists() else "not found"
    print(f"Settings file: {path} ({found}; override with ${SETTINGS_ENV})")
    where = f"{contacts.country_name} ({contacts.country})" if contacts.configured else "not configured"
    print(f"Crisis contacts: {where}")
    for line in contacts.text_lines():
        print(f"- {line}")
    return 0
