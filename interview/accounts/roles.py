"""The three roles and what each may open in the served app (the rules; storage and the server apply them)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
"""Account names: short, printable, safe on a command line and in a log line."""


class Role(StrEnum):
    """What an account is for."""

    CLINICIAN = "clinician"
    """Conducts interviews: their own sessions (all sessions when the account has `all_sessions`)."""
    TRAINEE = "trainee"
    """Practises on synthetic cases only: no real interview, no one else's session."""
    RESEARCHER = "researcher"
    """Downloads anonymized exports only: no interview, no transcript, no identified data."""


@dataclass(frozen=True)
class Account:
    """A served app's user, as stored (without the password hash)."""

    name: str
    role: Role
    all_sessions: bool = False
    """A clinician who sees every session (a lead clinician), not only their own."""

    @property
    def opens_the_app(self) -> bool:
        """Whether the account gets the interview app (the TUI) at all; a researcher gets exports."""
        return self.role is not Role.RESEARCHER

    @property
    def sees_all_sessions(self) -> bool:
        return self.role is Role.CLINICIAN and self.all_sessions

    @property
    def conducts_interviews(self) -> bool:
        """Whether the account may start or resume a real interview (trainees practise only)."""
        return self.role is Role.CLINICIAN

    @property
    def exports_anonymized(self) -> bool:
        return self.role is Role.RESEARCHER


def valid_name(name: str) -> bool:
    """Whether `name` can be an account name."""
    return NAME.fullmatch(name) is not None
