"""The database file itself, before SQLite opens it: owner-only, created with mode 0600.

Kept apart from SQLite (and sqlite-utils, ~60 ms to import) so that `interview run` can check it can
create its database before the first paint and still report a problem as one line, before any screen.
"""

from __future__ import annotations

import os
from pathlib import Path

from interview.errors import InterviewError


class StorageError(InterviewError):
    """The database cannot be opened or written; the message says what to do."""


def owner_only_file(path: Path) -> None:
    """Create the file (and its folder) if needed, readable and writable by its owner only."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # create the file with mode 0600 before SQLite does, which would use the umask (often 0644)
        os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
        os.chmod(path, 0o600)
    except OSError as error:
        raise StorageError(f"cannot open the database {path}: {error}") from None
