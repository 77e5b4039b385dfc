"""The options of `interview serve` and `interview users` (argparse only: parsing imports no server)."""

from __future__ import annotations

import argparse

ROLES = ("clinician", "trainee", "researcher")
DEFAULT_SIGN_IN_HOURS = 8.0


def add_serve_options(serve: argparse.ArgumentParser) -> None:
    """Sign-in, TLS and the addresses the server answers to."""
    serve.add_argument("--cert", metavar="FILE", help="TLS certificate (PEM); with --key, serve HTTPS")
    serve.add_argument("--key", metavar="FILE", help="the certificate's private key (PEM)")
    serve.add_argument(
        "--public-url",
        metavar="URL",
        help="the address browsers use, e.g. https://interview.clinic.example behind a reverse proxy "
        "(its host is the only Host accepted, and its origin the only Origin)",
    )
    serve.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME[:PORT]",
        help="another host name browsers may use to reach this server (repeatable)",
    )
    serve.add_argument(
        "--sign-in-hours",
        type=float,
        default=DEFAULT_SIGN_IN_HOURS,
        metavar="H",
        help=f"a sign-in lasts this long, then one signs in again (default: {DEFAULT_SIGN_IN_HOURS:g})",
    )


def add_users_actions(users: argparse.ArgumentParser) -> None:
    """`users add NAME`, `users list`, `users remove NAME`, `users passwd NAME`."""
    actions = users.add_subparsers(dest="users_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="create an account (the password is asked without echo)")
    add.add_argument("name", help="account name (letters, digits, '.', '_', '-')")
    add.add_argument("--role", choices=ROLES, default="clinician", help="what it may do (default: clinician)")
    add.add_argument("--all-sessions", action="store_true", help="a clinician who sees every session")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    listing = actions.add_parser("list", help="the accounts, with their roles")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    remove = actions.add_parser("remove", help="delete an account (its sessions keep their owner)")
    remove.add_argument("name")
    passwd = actions.add_parser("passwd", help="set a new password (open sign-ins end)")
    passwd.add_argument("name")
    passwd.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
