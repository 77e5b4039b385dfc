"""Accounts of `interview serve`: who may sign in, with which role, and what each role may open.

Password hashing (argon2) is in interview.accounts.passwords, imported only where passwords are handled:
the TUI and the stores need the roles, not the hasher.
"""

from __future__ import annotations

from interview.accounts.roles import Account, Role, valid_name

__all__ = ["Account", "Role", "valid_name"]
