"""Keyed pseudonyms: HMAC-SHA256 with a per-installation secret kept beside the database (mode 0600).

The same secret gives the same pseudonym for a patient or session in every export, so exports made
months apart can be joined; without the secret the pseudonyms cannot be reversed or recomputed.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

SECRET_NAME = "export-secret.key"
_SECRET_BYTES = 32
_MAX_SHIFT_DAYS = 365


class SecretError(Exception):
    """The secret file cannot be created or read, or is readable by others."""


def secret_path(database: Path) -> Path:
    """Where the installation's export secret lives: beside the database."""
    return database.parent / SECRET_NAME


def load_secret(path: Path) -> bytes:
    """The secret at `path`, created (owner-only, mode 0600) on first use."""
    try:
        descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return _read(path)
    except OSError as error:
        raise SecretError(f"cannot create the export secret {path}: {error.strerror}") from None
    with os.fdopen(descriptor, "wb") as file:
        file.write(secrets.token_bytes(_SECRET_BYTES))
    os.chmod(path, 0o600)  # whatever the umask
    return _read(path)


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_mode & 0o077:
            raise SecretError(f"the export secret {path} is readable by others; run: chmod 600 {path}")
        secret = path.read_bytes()
    except OSError as error:
        raise SecretError(f"cannot read the export secret {path}: {error.strerror}") from None
    if len(secret) < _SECRET_BYTES:
        raise SecretError(f"the export secret {path} is too short; it may have been damaged")
    return secret


class Pseudonyms:
    """Stable keyed hashes of ids, and a per-patient date shift derived the same way."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def _digest(self, purpose: str, value: str) -> bytes:
        return hmac.new(self._secret, f"{purpose}\0{value}".encode(), hashlib.sha256).digest()

    def patient(self, label: str) -> str:
        """The pseudonym of a patient label ('P-' and 16 hex digits)."""
        return "P-" + self._digest("patient", label).hex()[:16]

    def session(self, session_id: str) -> str:
        """The pseudonym of a session id ('S-' and 16 hex digits)."""
        return "S-" + self._digest("session", session_id).hex()[:16]

    def date_shift_days(self, patient_key: str) -> int:
        """Days every date of this patient moves: the same in every export, between -365 and +365, never 0."""
        number = int.from_bytes(self._digest("date-shift", patient_key)[:8], "big") % (2 * _MAX_SHIFT_DAYS)
        return number - _MAX_SHIFT_DAYS if number < _MAX_SHIFT_DAYS else number - _MAX_SHIFT_DAYS + 1

    def key_id(self) -> str:
        """A short fingerprint of the secret for the manifest: tells whether two exports share a key."""
        return self._digest("key-id", "").hex()[:8]
