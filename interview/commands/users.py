"""`interview users add|list|remove|passwd`: the accounts that may sign in to `interview serve`."""

from __future__ import annotations

import argparse
import getpass
import json
import sys

from interview.accounts import Account, Role, valid_name
from interview.accounts.passwords import MIN_LENGTH, hash_password
from interview.commands.common import UserError, open_store
from interview.storage import SessionStore
from interview.storage.users import AccountError, UserStore


def users_command(args: argparse.Namespace) -> int:
    """Dispatch to the action named after `users`."""
    store = open_store(args)
    users = UserStore(store.db)
    try:
        if args.users_action == "add":
            return _add(args, store, users)
        if args.users_action == "remove":
            users.remove(args.name)
            _audit(store, "user_removed", {"name": args.name})
            print(f"Removed the account '{args.name}'; their sessions keep them as owner.")
            return 0
        if args.users_action == "passwd":
            users.set_password(users.get(args.name).account.name, hash_password(_password(args)))
            _audit(store, "user_password_changed", {"name": args.name})
            print(f"Changed the password of '{args.name}'; their open sign-ins end.")
            return 0
        return _list(users, args.json)
    except AccountError as error:
        raise UserError(str(error)) from None


def _add(args: argparse.Namespace, store: SessionStore, users: UserStore) -> int:
    if not valid_name(args.name):
        raise UserError(
            f"'{args.name}' cannot be an account name: use letters, digits, '.', '_' or '-' "
            "(at most 64, starting with a letter or digit)"
        )
    role = Role(args.role)
    if args.all_sessions and role is not Role.CLINICIAN:
        raise UserError("--all-sessions is for clinicians (trainees practise, researchers export)")
    if users.find(args.name) is not None:
        raise UserError(f"there is already an account '{args.name}' (`interview users passwd` changes it)")
    account = Account(args.name, role, args.all_sessions)
    users.add(account, hash_password(_password(args)))
    _audit(store, "user_added", {"name": account.name, "role": role.value, "all_sessions": args.all_sessions})
    scope = "every session" if account.sees_all_sessions else _ROLE_SCOPE[role]
    print(f"Added {role.value} '{account.name}': {scope}.")
    return 0


_ROLE_SCOPE = {
    Role.CLINICIAN: "their own sessions",
    Role.TRAINEE: "practice cases only",
    Role.RESEARCHER: "anonymized exports only",
}


def _list(users: UserStore, as_json: bool) -> int:
    accounts = users.all()
    if as_json:
        rows = [
            {"name": s.account.name, "role": s.account.role.value, "all_sessions": s.account.all_sessions,
             "created_at": s.created_at}
            for s in accounts
        ]  # fmt: skip
        print(json.dumps(rows, indent=2))
        return 0
    if not accounts:
        print("No accounts yet: `interview users add NAME --role clinician` creates one.")
        return 0
    for stored in accounts:
        account = stored.account
        scope = "every session" if account.sees_all_sessions else _ROLE_SCOPE[account.role]
        print(f"{account.name:<20} {account.role.value:<11} {scope:<24} since {stored.created_at[:10]}")
    return 0


def _password(args: argparse.Namespace) -> str:
    """The new password: typed twice without echo, or one line of standard input (--password-stdin)."""
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif not sys.stdin.isatty():
        raise UserError("standard input is not a terminal: --password-stdin reads the password from it")
    else:
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            raise UserError("the two passwords differ; nothing was changed")
    if len(password) < MIN_LENGTH:
        raise UserError(f"the password needs at least {MIN_LENGTH} characters; nothing was changed")
    return password


def _audit(store: SessionStore, action: str, detail: dict[str, object]) -> None:
    """Account changes are made at the terminal: the audit names the system user who made them."""
    store.audit(action, detail, actor=f"terminal:{getpass.getuser()}")
