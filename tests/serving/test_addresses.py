"""The server answers only to its own Host names, and trusts only its own Origin."""

from __future__ import annotations

import pytest

from interview.serving.addresses import addresses_for, is_loopback

LOCAL = addresses_for("127.0.0.1", 8000, tls=False, public_url=None, extra=[])
PROXIED = addresses_for("127.0.0.1", 8000, tls=False, public_url="https://interview.clinic.example", extra=[])


@pytest.mark.parametrize(
    ("host", "allowed"),
    [
        ("127.0.0.1:8000", True), ("localhost:8000", True), ("LOCALHOST:8000", True), ("[::1]:8000", True),
        ("127.0.0.1:8001", False), ("127.0.0.1", False), ("attacker.example:8000", False),
        ("rebound.attacker.example:8000", False), ("", False), (None, False), ("user@127.0.0.1:8000", False),
        ("127.0.0.1:8000/path", False), ("127.0.0.1:99999", False), ("[::1", False),
    ],
)  # fmt: skip
def test_a_local_server_answers_only_to_its_loopback_names(host: str | None, allowed: bool) -> None:
    assert LOCAL.host_allowed(host) is allowed


@pytest.mark.parametrize(
    ("origin", "allowed"),
    [
        ("http://127.0.0.1:8000", True), ("http://localhost:8000", True),
        ("https://127.0.0.1:8000", False), ("http://127.0.0.1:8001", False),
        ("http://attacker.example", False),
        ("http://127.0.0.1:8000.attacker.example", False), ("null", False), ("", False), (None, False),
        ("file://", False), ("http://[::1", False),
    ],
)  # fmt: skip
def test_only_the_servers_own_origin_is_trusted(origin: str | None, allowed: bool) -> None:
    assert LOCAL.origin_allowed(origin) is allowed


def test_behind_a_proxy_only_the_public_address_is_accepted() -> None:
    assert PROXIED.scheme == "https"
    assert PROXIED.host_allowed("interview.clinic.example")
    assert PROXIED.host_allowed("interview.clinic.example:443")
    assert not PROXIED.host_allowed("127.0.0.1:8000")
    assert PROXIED.origin_allowed("https://interview.clinic.example")
    assert not PROXIED.origin_allowed("http://interview.clinic.example")
    assert PROXIED.shown == ["https://interview.clinic.example"]


def test_extra_host_names_are_accepted_with_the_servers_port_unless_given() -> None:
    addresses = addresses_for("10.0.0.5", 8443, tls=True, public_url=None, extra=["ward3", "ward4:9000"])
    assert addresses.scheme == "https"
    assert addresses.host_allowed("10.0.0.5:8443")
    assert addresses.host_allowed("ward3:8443")
    assert addresses.host_allowed("ward4:9000")
    assert not addresses.host_allowed("ward4:8443")
    assert addresses.origin_allowed("https://ward3:8443")


@pytest.mark.parametrize("bad", ["ftp://x", "interview.clinic.example", "https://"])
def test_a_public_url_needs_a_scheme_and_a_host(bad: str) -> None:
    with pytest.raises(ValueError, match="--public-url"):
        addresses_for("127.0.0.1", 8000, tls=False, public_url=bad, extra=[])


@pytest.mark.parametrize(
    ("host", "local"),
    [("127.0.0.1", True), ("localhost", True), ("::1", True), ("[::1]", True), ("0.0.0.0", False),
     ("10.1.2.3", False)],
)  # fmt: skip
def test_loopback_addresses_are_this_machine_only(host: str, local: bool) -> None:
    assert is_loopback(host) is local
