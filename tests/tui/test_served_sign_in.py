"""`interview serve` with accounts, in headless Chromium: sign in, run an interview, and find no way to
another clinician's session (not listed, not reachable), while the audit log records who did what."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from interview.accounts import Account, Role
from interview.accounts.passwords import hash_password
from interview.events import AnswerRecorded
from interview.storage import SessionStore, open_database
from interview.storage.users import UserStore
from tests.tui.conftest import stored_session
from tests.tui.test_served import (
    CHROMIUM,
    CHROMIUM_ARGS,
    _bytes,
    free_port,
    serving,
    wait_for,
)

PASSWORDS = {"alice": "alice's long password", "bob": "bob's long password"}


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[tuple[int, Path, str]]:
    """A served database with two clinicians; bob already has a session (patient BOB-PATIENT)."""
    database, port = tmp_path / "clinic.db", free_port()
    db = open_database(database)
    for name, password in PASSWORDS.items():
        UserStore(db).add(Account(name, Role.CLINICIAN), hash_password(password))
    bobs = stored_session(SessionStore.for_account(db, Account("bob", Role.CLINICIAN)), "BOB-PATIENT",
                          "2026-01-05T09:30:00.000+00:00")  # fmt: skip
    with serving(database, port, signal.SIGTERM):
        yield port, database, bobs


@pytest.mark.slow
def test_a_clinician_signs_in_runs_an_interview_and_cannot_reach_another_clinicians_session(
    clinic: tuple[int, Path, str],
) -> None:
    from playwright.sync_api import sync_playwright  # only the browser tests need it

    port, database, bobs = clinic
    origin = f"http://127.0.0.1:{port}"
    shown = bytearray()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.on("websocket", lambda ws: ws.on("framereceived", lambda f: shown.extend(_bytes(f))))
        page.goto(f"{origin}/")
        assert page.url == f"{origin}/sign-in"  # nothing but the form before signing in
        page.fill("#name", "alice")
        page.fill("#password", "not alice's password")
        page.click("#sign-in")
        assert "do not match an account" in page.inner_text("body")
        page.fill("#password", PASSWORDS["alice"])
        page.click("#sign-in")
        page.wait_for_url(f"{origin}/")
        assert page.inner_text("#sign-out") == "alice · sign out"
        pump = lambda: page.wait_for_timeout(100)  # noqa: E731
        shows = lambda text: lambda: text in shown.decode("utf-8", "replace")  # noqa: E731
        wait_for(shows("No sessions yet"), 60, "alice's Home, empty: bob's session is not hers", pump)
        page.mouse.click(640, 400)
        page.keyboard.press("n")
        wait_for(shows("Patient label"), 30, "the new-interview dialog", pump)
        page.keyboard.type("ALICE-01")
        page.keyboard.press("Enter")
        wait_for(shows("keep a record"), 30, "the first question", pump)
        page.keyboard.type("yes")
        page.keyboard.press("Enter")
        wait_for(shows("Who is answering today?"), 30, "the next question", pump)
        # Every way into the server from alice's browser: the export download is a researcher's only,
        # and a WebSocket from another site's page is refused even with her cookie.
        assert page.request.get(f"{origin}/export").status == 403
        upgrade = {"Origin": "http://attacker.example", "Upgrade": "websocket", "Connection": "Upgrade"}
        forged = page.request.get(f"{origin}/ws", headers=upgrade)
        assert forged.status == 403
        page.keyboard.press("Escape")  # back to Home: her session is listed, bob's is not
        wait_for(shows("ALICE-01"), 30, "alice's session on Home", pump)
        browser.close()
    assert "BOB-PATIENT" not in shown.decode("utf-8", "replace")
    assert bobs not in shown.decode("utf-8", "replace")

    store = SessionStore(open_database(database))
    (alices,) = [s for s in store.summaries() if s.patient_label == "ALICE-01"]
    owner = store.db.execute("SELECT owner FROM sessions WHERE id = ?", [alices.id]).fetchone()[0]
    assert owner == "alice"
    recorded = [e for e in store.events(alices.id) if isinstance(e, AnswerRecorded)]
    assert [(e.key, e.value) for e in recorded][:1] == [("consent", True)]
    actions = [tuple(row) for row in store.db.execute("SELECT action, actor FROM audit ORDER BY id")]
    assert actions[:4] == [("session_started", "bob"), ("sign_in_failed", "alice"), ("sign_in", "alice"),
                           ("app_opened", "alice")]  # fmt: skip
    assert ("session_started", "alice") in actions
