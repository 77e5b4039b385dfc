"""The served app's gate, over real HTTP in-process: Host, Origin, sign-in cookies, roles, audit."""

from __future__ import annotations

import asyncio
import io
import json
import socket
import zipfile
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from http.cookies import SimpleCookie
from pathlib import Path

import aiohttp
import pytest
from aiohttp.test_utils import TestClient, TestServer

from interview.accounts import Account, Role
from interview.accounts.passwords import hash_password
from interview.serving.addresses import addresses_for
from interview.serving.server import ClinicServer, ServeConfig
from interview.serving.signins import COOKIE
from interview.storage import SessionStore, open_database
from interview.storage.users import UserStore
from tests.storage.test_sessions import new_session

PASSWORD = "correct horse battery"
ACCOUNTS = [
    Account("alice", Role.CLINICIAN),
    Account("rhea", Role.RESEARCHER),
    Account("tess", Role.TRAINEE),
]
Scenario = Callable[[TestClient[aiohttp.web.Request, aiohttp.web.Application], str], Awaitable[None]]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "served.db"
    users = UserStore(open_database(path))
    encoded = hash_password(PASSWORD)
    for account in ACCOUNTS:
        users.add(account, encoded)
    return path


def config(database: Path, port: int, scheme: str = "http", sign_in: bool = True) -> ServeConfig:
    public = f"https://127.0.0.1:{port}" if scheme == "https" else None
    addresses = addresses_for("127.0.0.1", port, tls=False, public_url=public, extra=[])
    return ServeConfig(database, "127.0.0.1", port, addresses, sign_in, sign_in_hours=1.0)


@asynccontextmanager
async def client_of(
    setup: ServeConfig,
) -> AsyncIterator[TestClient[aiohttp.web.Request, aiohttp.web.Application]]:
    server = ClinicServer(setup)
    test_server = TestServer(await server.web_app(), host="127.0.0.1", port=setup.port)
    async with TestClient(test_server) as client:
        yield client


def serve(database: Path, scenario: Scenario, scheme: str = "http", sign_in: bool = True) -> None:
    port = free_port()
    origin = f"{scheme}://127.0.0.1:{port}"

    async def run() -> None:
        async with client_of(config(database, port, scheme, sign_in)) as client:
            await scenario(client, origin)

    asyncio.run(run())


async def sign_in(
    client: TestClient[aiohttp.web.Request, aiohttp.web.Application], origin: str, name: str,
    password: str = PASSWORD,
) -> aiohttp.ClientResponse:  # fmt: skip
    return await client.post(
        "/sign-in", data={"name": name, "password": password}, headers={"Origin": origin},
        allow_redirects=False,
    )  # fmt: skip


def audit(database: Path) -> list[tuple[str, str | None]]:
    rows = SessionStore(open_database(database)).db.execute("SELECT action, actor FROM audit ORDER BY id")
    return [(action, actor) for action, actor in rows.fetchall()]


def test_the_page_sends_a_visitor_to_sign_in_and_the_form_needs_no_sign_in(database: Path) -> None:
    async def scenario(client: TestClient[aiohttp.web.Request, aiohttp.web.Application], origin: str) -> None:
        page = await client.get("/", allow_redirects=False)
        assert page.status == 303 and page.headers["Location"] == "/sign-in"
        form = await client.get("/sign-in")
        assert form.status == 200
        assert 'type="password"' in await form.text()
        assert form.headers["X-Frame-Options"] == "DENY"
        refused = await client.get("/export", allow_redirects=False)
        assert refused.status == 401

    serve(database, scenario)


def test_a_good_password_gives_a_secure_cookie_with_an_expiry(database: Path) -> None:
    async def scenario(client: TestClient[aiohttp.web.Request, aiohttp.web.Application], origin: str) -> None:
        response = await sign_in(client, origin, "alice")
        assert response.status == 303 and response.headers["Location"] == "/"
        cookie = SimpleCookie(response.headers["Set-Cookie"])[COOKIE]
        assert cookie["httponly"] is True
        assert cookie["samesite"] == "Strict"
        assert cookie["max-age"] == "3600"
        assert cookie["path"] == "/"
        assert not cookie["secure"]  # plain http on 127.0.0.1: a Secure cookie would never come back
        page = await client.get("/")
        text = await page.text()
        assert "alice · sign out" in text
        assert f'data-session-websocket-url="ws://127.0.0.1:{client.port}/ws"' in text

    serve(database, scenario)


def test_under_tls_the_cookie_is_secure(database: Path) -> None:
    async def scenario(client: TestClient[aiohttp.web.Request, aiohttp.web.Application], origin: str) -> None:
        response = await sign_in(client, origin, "alice")
        cookie = SimpleCookie(response.headers["Set-Cookie"])[COOKIE]
        assert cookie["secure"] is True

    serve(database, scenario, scheme="https")


def test_a_wrong_password_or_unknown_name_is_refused_alike_and_audited(database: Path) -> None:
    async def scenario(client: TestClient[aiohttp.web.Request, aiohttp.web.Application], origin: str) -> None:
        wrong = await sign_in(client, origin, "alice", "not the password")
        unknown = await sign_in(client, origin, "mallory")
        assert wrong.status == unknown.status == 401
        assert "do not match an account" in await wrong.text()
        assert COOKIE not in wrong.cookies
        assert (await client.get("/", allow_redirects=False)).status == 303

    serve(database, scenario)
    assert audit(database) == [("sign_in_failed", "alice"), ("sign_in_failed", "mallory")]


def test_an_unknown_host_is_refused_before_anything_else(database: Path) -> None:
    async def scenario(client: TestClient[aiohttp.web.Request, aiohttp.web.Application], origin: str) -> None:
        for path in ("/", "/sign-in", "/static/js/textual.js"):
            response = await client.get(path, headers={"Host": f"rebound.attacker.example:{client.port}"})
            assert response.status == 421, path

    serve(database, scenario)


def test_a_forged_origin_is_refused_on_the_form_the_page_and_the_websocket(database: Path) -> None:
    async def scenario(client: TestClient[aiohttp.web.Request, aiohttp.web.Application], origin: str) -> None:
        forged = await sign_in(client, "http://attacker.example", "alice")
        assert forged.status == 403
        assert (await sign_in(client, origin, "alice")).status == 303  # signed in: the cookie is held
        page = await client.get("/", headers={"Origin": "http://attacker.example"})
        assert page.status == 403
        for headers in ({"Origin": "http://attacker.example"}, {"Origin": "null"}, {}):
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await client.ws_connect("/ws", headers=headers)
            assert refused.value.status == 403

    serve(database, scenario)


def test_the_websocket_needs_a_sign_in(database: Path) -> None:
    async def scenario(client: TestClient[aiohttp.web.Request, aiohttp.web.Application], origin: str) -> None:
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await client.ws_connect("/ws", headers={"Origin": origin})
        assert refused.value.status == 401

    serve(database, scenario)


def test_a_researcher_gets_the_export_page_and_never_the_app(database: Path) -> None:
    store = SessionStore.for_account(open_database(database), ACCOUNTS[0])
    session_id, _ = new_session(store)  # alice's patient, labelled P1

    async def scenario(client: TestClient[aiohttp.web.Request, aiohttp.web.Application], origin: str) -> None:
        await sign_in(client, origin, "rhea")
        page = await (await client.get("/")).text()
        assert "Anonymized research export" in page and "data-session-websocket-url" not in page
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await client.ws_connect("/ws", headers={"Origin": origin})
        assert refused.value.status == 403
        download = await client.get("/export", params={"format": "csv", "dates": "interval"})
        assert download.status == 200
        assert download.headers["Content-Type"] == "application/zip"
        archive = zipfile.ZipFile(io.BytesIO(await download.read()))
        assert {"manifest.json", "codebook.csv", "sessions.csv", "transcripts.csv"} <= set(archive.namelist())
        sessions = archive.read("sessions.csv").decode()
        assert len(sessions.splitlines()) == 2  # a header and alice's one session
        assert session_id not in sessions and "P1" not in sessions  # pseudonyms, not ids or labels
        bad = await client.get("/export", params={"format": "xlsx"})
        assert bad.status == 400

    serve(database, scenario)
    assert ("export_anonymized", "rhea") in audit(database)


@pytest.mark.parametrize("name", ["alice", "tess"])
def test_only_researchers_download_exports(database: Path, name: str) -> None:
    async def scenario(client: TestClient[aiohttp.web.Request, aiohttp.web.Application], origin: str) -> None:
        await sign_in(client, origin, name)
        assert (await client.get("/export")).status == 403

    serve(database, scenario)


def test_signing_out_ends_the_sign_in_and_is_audited(database: Path) -> None:
    async def scenario(client: TestClient[aiohttp.web.Request, aiohttp.web.Application], origin: str) -> None:
        await sign_in(client, origin, "alice")
        confirm = await client.get("/sign-out")
        assert 'action="/sign-out"' in await confirm.text()
        held = client.session.cookie_jar.filter_cookies(client.make_url("/"))[COOKIE].value
        out = await client.post("/sign-out", headers={"Origin": origin}, allow_redirects=False)
        assert out.status == 303 and out.headers["Location"] == "/sign-in"
        replayed = await client.get("/", cookies={COOKIE: held}, allow_redirects=False)
        assert replayed.status == 303  # the old token is dead on the server, not only in this browser

    serve(database, scenario)
    assert audit(database) == [("sign_in", "alice"), ("sign_out", "alice")]


def test_removing_an_account_or_changing_its_password_signs_it_out(database: Path) -> None:
    async def scenario(client: TestClient[aiohttp.web.Request, aiohttp.web.Application], origin: str) -> None:
        users = UserStore(open_database(database))
        await sign_in(client, origin, "alice")
        assert (await client.get("/", allow_redirects=False)).status == 200
        users.set_password("alice", hash_password("a brand new password"))
        assert (await client.get("/", allow_redirects=False)).status == 303
        await sign_in(client, origin, "tess")
        assert (await client.get("/", allow_redirects=False)).status == 200
        users.remove("tess")
        assert (await client.get("/", allow_redirects=False)).status == 303

    serve(database, scenario)


def test_without_accounts_on_this_machine_there_is_no_sign_in_but_origins_are_still_checked(
    tmp_path: Path,
) -> None:
    async def scenario(client: TestClient[aiohttp.web.Request, aiohttp.web.Application], origin: str) -> None:
        page = await client.get("/", allow_redirects=False)
        assert page.status == 200 and "sign out" not in await page.text()
        assert (await client.get("/sign-in", allow_redirects=False)).status == 303
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await client.ws_connect("/ws", headers={"Origin": "http://attacker.example"})
        assert refused.value.status == 403

    serve(tmp_path / "empty.db", scenario, sign_in=False)


def test_a_signed_in_clinicians_app_runs_as_that_account(database: Path) -> None:
    async def scenario(client: TestClient[aiohttp.web.Request, aiohttp.web.Application], origin: str) -> None:
        await sign_in(client, origin, "alice")
        async with client.ws_connect("/ws", headers={"Origin": origin}) as socket_:
            await socket_.send_json(["stdin", ""])
            await socket_.receive(timeout=60)  # the app has started and drawn something
            commands = [_command_line(pid) for pid in _app_pids(database)]
            assert any("--user alice" in command for command in commands), commands
        await asyncio.sleep(0.5)

    serve(database, scenario)
    assert [a for a in audit(database) if a[0].startswith("app_")] == [
        ("app_opened", "alice"),
        ("app_closed", "alice"),
    ]


def _app_pids(database: Path) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if str(database) in _command_line(int(entry.name)) and "interview.tui" in _command_line(
                    int(entry.name)
                ):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def _command_line(pid: int) -> str:
    return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()


def test_audit_detail_is_json(database: Path) -> None:
    async def scenario(client: TestClient[aiohttp.web.Request, aiohttp.web.Application], origin: str) -> None:
        await sign_in(client, origin, "alice")

    serve(database, scenario)
    (detail,) = SessionStore(open_database(database)).db.execute("SELECT detail FROM audit").fetchone()
    assert json.loads(detail)["role"] == "clinician"


def test_too_many_wrong_passwords_make_the_name_wait_and_are_audited(database: Path) -> None:
    async def scenario(client: TestClient[aiohttp.web.Request, aiohttp.web.Application], origin: str) -> None:
        for _ in range(5):
            assert (await sign_in(client, origin, "alice", "guess guess guess")).status == 401
        waiting = await sign_in(client, origin, "alice")  # the right password, too late
        assert waiting.status == 429
        assert "wait five minutes" in await waiting.text()

    serve(database, scenario)
    assert audit(database)[-1] == ("sign_in_refused", "alice")


def test_an_open_app_is_closed_when_its_sign_in_expires(database: Path) -> None:
    port = free_port()
    short = config(database, port)
    short = ServeConfig(short.database, short.host, port, short.addresses, True, sign_in_hours=3 / 3600)
    origin = f"http://127.0.0.1:{port}"

    async def run() -> None:
        async with client_of(short) as client:
            await sign_in(client, origin, "alice")
            async with client.ws_connect("/ws", headers={"Origin": origin}) as socket_:
                deadline = asyncio.get_running_loop().time() + 60
                while not socket_.closed and asyncio.get_running_loop().time() < deadline:
                    await socket_.receive(timeout=60)
                assert socket_.closed
            assert (await client.get("/", allow_redirects=False)).status == 303

    asyncio.run(run())


def test_an_open_app_closes_soon_after_its_account_is_removed(
    database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("interview.serving.server.SIGN_IN_CHECK_SECONDS", 0.5)

    async def scenario(client: TestClient[aiohttp.web.Request, aiohttp.web.Application], origin: str) -> None:
        await sign_in(client, origin, "alice")
        async with client.ws_connect("/ws", headers={"Origin": origin}) as socket_:
            await socket_.receive(timeout=60)  # the app is open
            UserStore(open_database(database)).remove("alice")
            deadline = asyncio.get_running_loop().time() + 30
            while not socket_.closed and asyncio.get_running_loop().time() < deadline:
                await socket_.receive(timeout=30)
            assert socket_.closed

    serve(database, scenario)
    assert ("app_signed_out", "alice") in audit(database)
