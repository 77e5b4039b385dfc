"""`interview serve` in headless Chromium: local page, a question answered, no app process left behind."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import aiohttp
import pytest

from interview.events import AnswerRecorded
from interview.storage import SessionStore, open_database

CHROMIUM = "/usr/bin/chromium"
# Offline and quiet: no update checks, sync or QUIC (see baselines.md).
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
URL = re.compile(r"""(?:https?|wss?)://[^\s"'<>)]+""")

if not Path(CHROMIUM).exists() and not os.environ.get("CI"):
    pytest.skip(
        "Debian's chromium is not installed (CI installs it and then runs this)", allow_module_level=True
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def app_processes(database: Path) -> list[int]:
    """Pids of live (not zombie) app processes serving this database (not the server itself)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if "interview.tui" in command and str(database) in command and state != "Z":
            found.append(int(entry.name))
    return found


def wait_for(
    condition: Callable[[], bool],
    seconds: float,
    what: str,
    tick: Callable[[], None] = lambda: time.sleep(0.1),
) -> None:
    """Poll `condition`; `tick` waits between polls (a browser page must pump its own events)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        tick()


@contextmanager
def serving(database: Path, port: int, stop: signal.Signals) -> Iterator[subprocess.Popen[bytes]]:
    """`interview serve` on `port`, in its own session so a failed test can still clean up; ended
    with `stop`, and every app process it left behind killed."""
    process = subprocess.Popen(
        [sys.executable, "-m", "interview", "--db", str(database), "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    try:
        wait_for(lambda: _listening(port), 60, "the server to listen")
        yield process
    finally:
        if process.poll() is None:
            os.killpg(process.pid, stop)
            process.wait(timeout=30)
        for pid in app_processes(database):  # never leave a leak behind, even when the test fails
            os.kill(pid, signal.SIGKILL)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], int, Path]]:
    """`interview serve` on a free port."""
    database, port = tmp_path / "served.db", free_port()
    with serving(database, port, signal.SIGKILL) as process:
        yield process, port, database


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def test_the_served_page_references_nothing_outside_this_server(
    server: tuple[subprocess.Popen[bytes], int, Path],
) -> None:
    _, port, _ = server
    page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10).read().decode()
    urls = URL.findall(page)
    assert urls, "the page should at least load textual-serve's script from this server"
    assert [u for u in urls if not re.match(rf"(https?|wss?)://127\.0\.0\.1:{port}/", u)] == []


@pytest.mark.slow
def test_a_browser_answers_a_question_and_stopping_the_server_leaves_no_app(
    server: tuple[subprocess.Popen[bytes], int, Path],
) -> None:
    if shutil.which(CHROMIUM) is None:
        pytest.fail("chromium is required in CI")
    from playwright.sync_api import sync_playwright  # only this test needs it

    process, port, database = server
    shown = bytearray()
    requested: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.on("request", lambda request: requested.append(request.url))
        # The terminal is drawn on a canvas; what the app writes arrives in websocket frames.
        page.on("websocket", lambda ws: ws.on("framereceived", lambda f: shown.extend(_bytes(f))))
        page.goto(f"http://127.0.0.1:{port}/")
        pump = lambda: page.wait_for_timeout(100)  # noqa: E731
        shows = lambda text: lambda: text in shown.decode("utf-8", "replace")  # noqa: E731
        wait_for(shows("No sessions yet"), 60, "the home screen", pump)
        page.mouse.click(640, 400)  # keys go to the terminal once it has the focus
        page.keyboard.press("n")
        wait_for(shows("Patient label"), 30, "the new-interview dialog", pump)
        page.keyboard.press("Enter")  # the first script (sample), no label
        wait_for(shows("keep a record"), 30, "the first question", pump)
        page.keyboard.type("yes")
        page.keyboard.press("Enter")
        wait_for(shows("Who is answering today?"), 30, "the next question", pump)
        stopped = _stop(process, database)
        browser.close()
    assert stopped == 0
    assert [u for u in requested if not u.startswith(f"http://127.0.0.1:{port}/")] == []
    store = SessionStore(open_database(database))
    (summary,) = store.summaries()
    recorded = [e for e in store.events(summary.id) if isinstance(e, AnswerRecorded)]
    assert [(e.key, e.value) for e in recorded] == [("consent", True)]


def test_killing_the_server_outright_still_ends_its_apps(
    server: tuple[subprocess.Popen[bytes], int, Path],
) -> None:
    """SIGKILL runs no handler in the server: each app must notice its parent died and end itself."""
    process, port, database = server

    async def open_session() -> None:
        url, origin = f"http://127.0.0.1:{port}/ws", f"http://127.0.0.1:{port}"  # as the page would send
        async with aiohttp.ClientSession() as client, client.ws_connect(url, origin=origin) as ws:
            wait = time.monotonic() + 60
            while not app_processes(database) and time.monotonic() < wait:
                await asyncio.sleep(0.1)
            await ws.receive(timeout=60)  # the app has started and drawn something
            process.kill()
            process.wait(timeout=10)

    assert not app_processes(database)
    asyncio.run(open_session())
    wait_for(lambda: not app_processes(database), 10, "the orphaned app to end")


def _stop(process: subprocess.Popen[bytes], database: Path) -> int:
    """Stop the server as Ctrl+C would, with the browser still connected; no app may outlive it."""
    app_pids = app_processes(database)
    assert app_pids, "the browser session should have an app process"
    process.send_signal(signal.SIGINT)
    code = process.wait(timeout=30)
    wait_for(lambda: not [pid for pid in app_pids if pid in app_processes(database)], 10, "apps to end")
    return code


def _bytes(payload: str | bytes) -> bytes:
    return payload.encode() if isinstance(payload, str) else payload
