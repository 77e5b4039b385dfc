"""Sign-ins: a random token in a cookie (HttpOnly, SameSite=Strict, Secure under TLS) naming a sign-in
the server holds in memory, with an expiry; restarting the server signs everyone out."""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field

COOKIE = "interview_sign_in"
FAILURES_ALLOWED = 5
"""Wrong passwords in a row for one name before it must wait LOCKOUT_SECONDS."""
LOCKOUT_SECONDS = 300.0

Clock = Callable[[], float]


def fingerprint(password_hash: str) -> str:
    """A short digest of the stored hash: a sign-in ends when the password is changed at the terminal."""
    return hashlib.sha256(password_hash.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class SignIn:
    """One signed-in browser: whose, until when, and under which password."""

    name: str
    expires_at: float
    password: str
    """fingerprint() of the password hash it signed in with."""


@dataclass
class SignIns:
    """Every live sign-in, by token, and the recent failures by name."""

    lifetime_seconds: float
    clock: Clock = time.time
    _live: dict[str, SignIn] = field(default_factory=dict)
    _failures: dict[str, tuple[int, float]] = field(default_factory=dict)

    def begin(self, name: str, password_hash: str) -> str:
        """A new sign-in for `name`; returns the cookie's token."""
        self._forget_expired()
        self._failures.pop(name, None)
        token = secrets.token_urlsafe(32)
        self._live[token] = SignIn(name, self.clock() + self.lifetime_seconds, fingerprint(password_hash))
        return token

    def find(self, token: str | None) -> SignIn | None:
        """The live sign-in of this token (None when unknown or expired)."""
        if not token:
            return None
        found = self._live.get(token)
        if found is not None and found.expires_at <= self.clock():
            del self._live[token]
            return None
        return found

    def end(self, token: str | None) -> SignIn | None:
        """Sign out; returns the sign-in that ended, if there was one."""
        return self._live.pop(token, None) if token else None

    def seconds_left(self, token: str) -> float:
        found = self.find(token)
        return 0.0 if found is None else found.expires_at - self.clock()

    def locked_out(self, name: str) -> bool:
        """Whether `name` had too many wrong passwords lately (each try costs an argon2 hash anyway)."""
        count, since = self._failures.get(name, (0, 0.0))
        if count >= FAILURES_ALLOWED and self.clock() - since < LOCKOUT_SECONDS:
            return True
        if count >= FAILURES_ALLOWED:
            self._failures.pop(name, None)
        return False

    def failed(self, name: str) -> None:
        count, since = self._failures.get(name, (0, self.clock()))
        self._failures[name] = (count + 1, self.clock() if count + 1 >= FAILURES_ALLOWED else since)

    def _forget_expired(self) -> None:
        now = self.clock()
        for token in [t for t, s in self._live.items() if s.expires_at <= now]:
            del self._live[token]
