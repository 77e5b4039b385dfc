"""`interview serve`: the TUI in web browsers, with sign-in and roles once accounts exist.

On 127.0.0.1 with no accounts it stays the single-user server it was (no sign-in). Any other
address needs accounts (`interview users add`) and TLS: directly (--cert/--key), or from a reverse
proxy in front (--public-url https://...). The server itself is interview.serving.
"""

from __future__ import annotations

import argparse
import ssl

from interview.errors import UserError
from interview.locations import database_path
from interview.serving.addresses import addresses_for, is_loopback
from interview.serving.server import ClinicServer, ServeConfig
from interview.storage import StorageError, open_database
from interview.storage.users import UserStore


def serve_command(args: argparse.Namespace) -> int:
    """Serve the TUI on host:port until Ctrl+C; every app process is ended when the server stops."""
    config = serve_config(args)
    server = ClinicServer(config)
    try:
        server.serve()
    except OSError as error:  # the port is taken, or the address is not this machine's
        raise UserError(f"cannot serve on {args.host}:{args.port}: {error.strerror or error}") from None
    finally:
        server.kill_leftovers()
    return 0


def serve_config(args: argparse.Namespace) -> ServeConfig:
    """What to serve and how, or a UserError saying what is missing (nothing is served then)."""
    if args.sign_in_hours <= 0 or args.sign_in_hours > 24 * 30:
        raise UserError("--sign-in-hours needs a number of hours above 0 and at most 720")
    database = database_path(args.db)
    try:
        accounts = UserStore(open_database(database)).count()
    except StorageError as error:
        raise UserError(str(error)) from None
    tls = _tls(args.cert, args.key)
    try:
        addresses = addresses_for(args.host, args.port, tls is not None, args.public_url, args.allow_host)
    except ValueError as error:
        raise UserError(str(error)) from None
    # Behind a reverse proxy the server may listen on 127.0.0.1, yet the network reaches it.
    reached_by = args.public_url or (None if is_loopback(args.host) else args.host)
    if reached_by and accounts == 0:
        raise UserError(
            f"serving to {reached_by} needs accounts, so that only people signed in reach the interviews: "
            "create one with `interview users add NAME --role clinician` (see README: Serving on a network)"
        )
    if reached_by and addresses.scheme != "https":
        raise UserError(
            f"serving to {reached_by} needs TLS (passwords and health data would cross the network in "
            "clear): give --cert FILE --key FILE, or --public-url https://NAME behind a reverse proxy "
            "that terminates TLS (see README: Serving on a network)"
        )
    return ServeConfig(database, args.host, args.port, addresses, accounts > 0, args.sign_in_hours, tls)


def _tls(cert: str | None, key: str | None) -> ssl.SSLContext | None:
    if cert is None and key is None:
        return None
    if cert is None or key is None:
        raise UserError("TLS needs both --cert FILE and --key FILE")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        context.load_cert_chain(cert, key)
    except (OSError, ssl.SSLError) as error:
        raise UserError(f"cannot use the certificate {cert} with the key {key}: {error}") from None
    return context
