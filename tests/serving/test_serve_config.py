"""`interview serve` refuses to expose the interviews: beyond this machine it needs accounts and TLS."""

from __future__ import annotations

import http.client
import os
import signal
import socket
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from interview.accounts import Account, Role
from interview.accounts.passwords import hash_password
from interview.cli import build_parser
from interview.commands.serve import serve_config
from interview.errors import UserError
from interview.serving.server import ServeConfig
from interview.storage import open_database
from interview.storage.users import UserStore
from tests.serving.test_gate import free_port

OPENSSL = "/usr/bin/openssl"


def config_of(*argv: str) -> ServeConfig:
    return serve_config(build_parser().parse_args(["serve", *argv]))


def with_account(database: Path) -> None:
    UserStore(open_database(database)).add(Account("alice", Role.CLINICIAN), hash_password("a long password"))


def certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, made with the system's openssl."""
    if not Path(OPENSSL).exists() and not os.environ.get("CI"):
        pytest.skip("openssl is not installed")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [OPENSSL, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


def test_on_this_machine_without_accounts_it_serves_without_sign_in() -> None:
    config = config_of()
    assert not config.sign_in_required


def test_on_this_machine_with_accounts_everyone_signs_in(isolated_database: Path) -> None:
    with_account(isolated_database)
    assert config_of().sign_in_required


def test_every_interface_without_accounts_is_refused_with_what_to_do() -> None:
    with pytest.raises(UserError, match=r"needs accounts.*interview users add NAME"):
        config_of("--host", "0.0.0.0")


def test_every_interface_without_tls_is_refused_even_with_accounts(isolated_database: Path) -> None:
    with_account(isolated_database)
    with pytest.raises(UserError, match=r"needs TLS.*--cert FILE --key FILE.*--public-url https://"):
        config_of("--host", "0.0.0.0")


def test_a_public_url_means_the_network_reaches_it_even_on_loopback(isolated_database: Path) -> None:
    with pytest.raises(UserError, match="needs accounts"):
        config_of("--public-url", "https://interview.clinic.example")
    with_account(isolated_database)
    with pytest.raises(UserError, match="needs TLS"):
        config_of("--public-url", "http://interview.clinic.example")
    config = config_of("--public-url", "https://interview.clinic.example")
    assert config.addresses.shown == ["https://interview.clinic.example"]


def test_behind_tls_on_every_interface_it_serves_with_sign_in(
    isolated_database: Path, tmp_path: Path
) -> None:
    with_account(isolated_database)
    cert, key = certificate(tmp_path)
    config = config_of("--host", "0.0.0.0", "--cert", str(cert), "--key", str(key))
    assert config.sign_in_required and config.tls is not None
    assert config.addresses.scheme == "https"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--cert", "c.pem"], "needs both --cert FILE and --key FILE"),
        (["--cert", "missing.pem", "--key", "missing.key"], "cannot use the certificate missing.pem"),
        (["--public-url", "interview.example"], "--public-url needs http:// or https://"),
        (["--allow-host", "a b:x"], "--allow-host needs a host name"),
        (["--sign-in-hours", "0"], "--sign-in-hours needs"),
    ],
)
def test_bad_options_are_one_line_before_anything_is_served(argv: list[str], message: str) -> None:
    with pytest.raises(UserError, match=message):
        config_of(*argv)


@pytest.mark.slow
def test_with_a_certificate_it_serves_https_and_sets_a_secure_cookie(tmp_path: Path) -> None:
    database, port = tmp_path / "tls.db", free_port()
    with_account(database)
    cert, key = certificate(tmp_path)
    server = subprocess.Popen(
        [sys.executable, "-m", "interview", "--db", str(database), "serve", "--port", str(port),
         "--cert", str(cert), "--key", str(key)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    try:
        trusted = ssl.create_default_context(cafile=str(cert))
        _wait_listening(port)
        page = urllib.request.urlopen(f"https://127.0.0.1:{port}/sign-in", context=trusted, timeout=10)
        assert "Sign in" in page.read().decode()
        form = urllib.request.Request(
            f"https://127.0.0.1:{port}/sign-in", data=b"name=alice&password=a+long+password",
            headers={"Origin": f"https://127.0.0.1:{port}"}, method="POST",
        )  # fmt: skip
        with pytest.raises(urllib.error.HTTPError) as redirect:  # 303 is not followed for a POST here
            urllib.request.build_opener(_NoRedirect, urllib.request.HTTPSHandler(context=trusted)).open(form)
        assert redirect.value.code == 303
        cookie = redirect.value.headers["Set-Cookie"]
        assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
        with pytest.raises((OSError, http.client.HTTPException)):  # plain http on the TLS port: no page
            urllib.request.urlopen(f"http://127.0.0.1:{port}/sign-in", timeout=5)
    finally:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def _wait_listening(port: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError("the server did not listen")
