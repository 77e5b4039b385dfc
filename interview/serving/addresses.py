"""Which Host and Origin headers the server answers: its own addresses only.

An unknown Host is refused, which stops DNS rebinding (a page on another site whose name points at
this server); a foreign Origin is refused on the WebSocket and on every form, which stops another
site's page from driving a signed-in person's app (cross-site WebSocket hijacking, login CSRF).
"""

from __future__ import annotations

import contextlib
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
DEFAULT_PORTS = {"http": 80, "https": 443}


def is_loopback(host: str) -> bool:
    """Whether `host` is this machine only (a single-user server may then run without sign-in)."""
    return host.strip("[]").lower() in LOOPBACK_NAMES


@dataclass(frozen=True)
class Addresses:
    """The scheme browsers use and every (host, port) they may name to reach this server."""

    scheme: str
    known: frozenset[tuple[str, int]]

    def host_allowed(self, header: str | None) -> bool:
        """Whether a request's Host header names this server."""
        found = _host_port(header or "", DEFAULT_PORTS[self.scheme])
        return found is not None and found in self.known

    def origin_allowed(self, header: str | None) -> bool:
        """Whether an Origin header is this server's own (absent or "null" is not)."""
        if not header or header == "null":
            return False
        try:
            parts = urlsplit(header)
            port = parts.port or DEFAULT_PORTS.get(parts.scheme, 0)
        except ValueError:
            return False
        return parts.scheme == self.scheme and (parts.hostname or "", port) in self.known

    @property
    def shown(self) -> list[str]:
        """The accepted addresses as URLs, for the start-up message."""
        default = DEFAULT_PORTS[self.scheme]
        return sorted(
            f"{self.scheme}://{_bracketed(host)}" + ("" if port == default else f":{port}")
            for host, port in self.known
        )


def addresses_for(host: str, port: int, tls: bool, public_url: str | None, extra: list[str]) -> Addresses:
    """The addresses of a server bound to host:port: the public URL's (behind a proxy), the bound
    address (this machine's names when it is bound to every interface) and any extra host names."""
    scheme = "https" if tls else "http"
    known: set[tuple[str, int]] = set()
    if public_url:
        parts = urlsplit(public_url)
        if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
            raise ValueError(f"--public-url needs http:// or https:// and a host name, not '{public_url}'")
        scheme = parts.scheme
        known.add((parts.hostname.lower(), parts.port or DEFAULT_PORTS[scheme]))
    else:
        for name in _names_of(host):
            known.add((name, port))
    for name in extra:
        found = _host_port(name, port)
        if found is None:
            raise ValueError(f"--allow-host needs a host name, optionally with :PORT, not '{name}'")
        known.add(found)
    return Addresses(scheme, frozenset(known))


def _names_of(host: str) -> set[str]:
    if is_loopback(host):
        return set(LOOPBACK_NAMES)
    if host in ("0.0.0.0", "::", ""):  # every interface: the names and addresses this machine goes by
        names = {*LOOPBACK_NAMES, socket.gethostname().lower(), socket.getfqdn().lower()}
        with contextlib.suppress(OSError):  # no resolver: the names above, and --allow-host for the rest
            names.update(socket.gethostbyname_ex(socket.gethostname())[2])
        return names
    return {host.strip("[]").lower()}


def _host_port(text: str, default_port: int) -> tuple[str, int] | None:
    """('name', port) from 'name', 'name:port', '[::1]:port'; None when it is not a host."""
    try:
        parts = urlsplit(f"//{text.strip()}")
        port = parts.port or default_port
    except ValueError:
        return None
    if not parts.hostname or parts.username is not None or parts.path:
        return None
    return parts.hostname.lower(), port


def _bracketed(host: str) -> str:
    return f"[{host}]" if ":" in host else host
