"""Storage: the only package that talks to SQLite.

Its names are imported when first used (PEP 562): `interview.storage.files` (the owner-only database
file, checked before the TUI's first paint) does not bring sqlite-utils or the event models with it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from interview.storage.database import open_database
    from interview.storage.files import StorageError
    from interview.storage.sessions import SessionStore, SessionSummary, UnknownSession

_MODULE_OF = {
    "SessionStore": "interview.storage.sessions",
    "SessionSummary": "interview.storage.sessions",
    "StorageError": "interview.storage.files",
    "UnknownSession": "interview.storage.sessions",
    "open_database": "interview.storage.database",
}

__all__ = ["SessionStore", "SessionSummary", "StorageError", "UnknownSession", "open_database"]


def __getattr__(name: str) -> object:
    """One of the names above, importing its module on first use."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'interview.storage' has no attribute '{name}'")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value
