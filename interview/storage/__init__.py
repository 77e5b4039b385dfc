"""Storage: the only package that talks to SQLite."""

from interview.storage.database import StorageError, open_database
from interview.storage.sessions import SessionStore, SessionSummary, UnknownSession

__all__ = ["SessionStore", "SessionSummary", "StorageError", "UnknownSession", "open_database"]
