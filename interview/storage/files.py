"""The database file itself, before SQLite opens it: owner-only, created with mode 0600.

Kept apart from SQLite (and sqlite-utils, ~60 ms to import) so that `interview run` can check it can
create its database before the first paint and still report a problem as one line, before any screen.
"""

from __future__ import annotations

import os
from pathlib import Path

from interview.errors import InterviewError
from interview.private_files import create_private, make_private_folder


class StorageError(InterviewError):
    """The database cannot be opened or written; the message says what to do."""


def owner_only_file(path: Path) -> None:
    """Create the file (and its folder) if needed, readable and writable by its owner only."""
    try:
        if path.is_file():
            # chmod by name, never open and close: closing any descriptor on a database file drops
            # every POSIX lock this process holds on it, and a connection still open here (a second
            # store in one process, a lease thread) would then write unlocked and corrupt the file
            os.chmod(path, 0o600)
            return
        make_private_folder(path.parent)
        create_private(path)  # before SQLite creates it, which would use the umask (often 0644)
    except OSError as error:
        raise StorageError(f"cannot open the database {path}: {error}") from None
