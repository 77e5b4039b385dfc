"""Password hashes with argon2-cffi (Argon2id, its recommended parameters): nothing hand-rolled here."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_HASHER = PasswordHasher()
MIN_LENGTH = 10
"""Shorter passwords are refused when an account is created (the app holds health data)."""


def hash_password(password: str) -> str:
    """The encoded Argon2id hash to store (salt and parameters included)."""
    return _HASHER.hash(password)


def verify_password(encoded: str, password: str) -> bool:
    """Whether `password` matches the stored hash (constant-time inside argon2)."""
    try:
        return _HASHER.verify(encoded, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(encoded: str) -> bool:
    """Whether the hash was made with weaker parameters than today's defaults."""
    try:
        return _HASHER.check_needs_rehash(encoded)
    except InvalidHashError:
        return True
