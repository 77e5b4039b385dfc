"""Storage: the only package that talks to SQLite.

Its names are imported when first used (PEP 562): `interview.storage.files` (the owner-only database
file, checked before the TUI's first paint) does not bring sqlite-utils or the event models with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from interview.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from interview.storage.database import open_database
    from interview.storage.files import StorageError
    from interview.storage.leases import SessionBusy
    from interview.storage.sessions import SessionStore, SessionSummary, UnknownSession

_MODULE_OF = {
    "SessionBusy": "interview.storage.leases",
    "SessionStore": "interview.storage.sessions",
    "SessionSummary": "interview.storage.sessions",
    "StorageError": "interview.storage.files",
    "UnknownSession": "interview.storage.sessions",
    "open_database": "interview.storage.database",
}

__all__ = ["SessionBusy", "SessionStore", "SessionSummary", "StorageError", "UnknownSession", "open_database"]


__getattr__ = lazy_exports(__name__, _MODULE_OF)
