"""Files of health data (reports, exports, the database) are readable by their owner only.

A new file is created 0600 and an existing one is narrowed to 0600 before it is written, so a
report written over an old world-readable file does not stay world-readable. New folders are 0700.
A symbolic link is never written through (O_NOFOLLOW): `report --out notes.md`, where notes.md links
to another file, would otherwise overwrite that file.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import TextIO

OWNER_ONLY = 0o600
LINK_REFUSED = "it is a symbolic link; refusing to write through it (give the file's real path)"


class LinkRefused(OSError):
    """The path to write is a symbolic link (strerror says so, for the callers' one-line messages)."""


def _open_owner_only(path: Path, flags: int) -> int:
    """A descriptor on `path` (created if needed) with these flags, the file narrowed to 0600."""
    try:
        descriptor = os.open(path, flags | os.O_CREAT | os.O_NOFOLLOW, OWNER_ONLY)
    except OSError as error:
        if error.errno == errno.ELOOP or path.is_symlink():
            raise LinkRefused(errno.ELOOP, LINK_REFUSED, str(path)) from None
        raise
    try:
        os.fchmod(descriptor, OWNER_ONLY)  # O_CREAT's mode applies only when the file is new
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor


def open_private(path: Path, newline: str | None = None) -> TextIO:
    """Open `path` for writing text (truncating it), readable and writable by its owner only."""
    descriptor = _open_owner_only(path, os.O_WRONLY | os.O_TRUNC)
    try:
        return os.fdopen(descriptor, "w", encoding="utf-8", newline=newline)
    except BaseException:
        os.close(descriptor)
        raise


def create_private(path: Path) -> None:
    """Create `path` if it does not exist (an existing file keeps its content), owner-only either way:
    for a file another program writes (SQLite would create it with the umask, often 0644)."""
    os.close(_open_owner_only(path, os.O_RDWR))


def write_private(path: Path, text: str) -> None:
    """Write `text` to `path`, readable by its owner only."""
    with open_private(path) as handle:
        handle.write(text)


def make_private_folder(path: Path) -> None:
    """Create `path` (and parents) as 0700 when it does not exist; an existing folder is left as is.

    A symbolic link is refused, as for files: an export folder that links elsewhere would put health
    data wherever it points."""
    if path.is_symlink():
        raise LinkRefused(errno.ELOOP, LINK_REFUSED, str(path))
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
