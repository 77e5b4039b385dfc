"""textual-serve's server, made fit for a clinic network: sign-in, roles, Host/Origin checks and TLS.

Departures from textual-serve's defaults:
- every request passes the Gate (interview.serving.gate) first;
- each tab's app runs as the signed-in account (`--user`), which scopes it to that account's
  sessions and role; a researcher gets the anonymized-export page instead of the app;
- its page links a web font from the internet; ours (interview/tui/web/app_index.html) uses the font
  textual-serve ships, so a page load fetches nothing from outside this server;
- the page's WebSocket address is built from the address the browser used (already checked), not
  from the bound host, so 0.0.0.0 and a reverse proxy both work;
- app processes are ended with their process groups (interview.serving.processes).
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import ssl
from asyncio.subprocess import Process
from dataclasses import dataclass
from pathlib import Path

import aiohttp_jinja2
from aiohttp import web
from textual_serve.server import Server

from interview.accounts import Account
from interview.serving.addresses import Addresses
from interview.serving.exports import DATE_MODES, anonymized_zip
from interview.serving.gate import ACCOUNT_KEY, SECURITY_HEADERS, Gate
from interview.serving.processes import GroupedAppService, app_command, end_process_group, signal_group
from interview.serving.signins import COOKIE, SignIns
from interview.storage import SessionStore, open_database
from interview.storage.users import UserStore

TEMPLATES = Path(__file__).resolve().parent.parent / "tui" / "web"
"""Our page templates (read as files: importing interview.tui here would load textual)."""
EXPORT_FORMATS = ("csv", "jsonl", "fhir")
SIGN_IN_CHECK_SECONDS = 15.0
"""How often an open app checks that its sign-in still holds (every answer is saved meanwhile)."""


@dataclass(frozen=True)
class ServeConfig:
    """Everything `interview serve` decided before serving."""

    database: Path
    host: str
    port: int
    addresses: Addresses
    sign_in_required: bool
    sign_in_hours: float
    tls: ssl.SSLContext | None = None


class ClinicServer(Server):
    """The served app for a clinic network; `serve()` runs it until Ctrl+C or SIGTERM."""

    def __init__(self, config: ServeConfig) -> None:
        super().__init__(
            app_command(config.database), host=config.host, port=config.port, title="interview",
            templates_path=TEMPLATES,
        )  # fmt: skip
        self.config = config
        self.running: set[Process] = set()
        """App processes (each leading its own process group) not yet stopped."""
        db = open_database(config.database)
        self.gate = Gate(
            config.addresses,
            config.sign_in_required,
            SignIns(config.sign_in_hours * 3600),
            UserStore(db),
            SessionStore(db),
        )

    async def web_app(self) -> web.Application:
        """The aiohttp application `serve()` runs (tests serve it in-process)."""
        return await self._make_app()

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.middlewares.append(self.gate.middleware)
        app.add_routes(
            [
                web.get("/sign-in", self.gate.sign_in_page),
                web.post("/sign-in", self.gate.sign_in),
                web.get("/sign-out", self.gate.sign_out_page),
                web.post("/sign-out", self.gate.sign_out),
                web.get("/export", self.handle_export),
            ]
        )
        return app

    def serve(self, debug: bool = False) -> None:
        """textual-serve's serve(), with TLS when a certificate was given."""
        self.debug = debug
        self.initialize_logging()
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(sig, self.request_exit)
        web.run_app(
            self._make_app(), host=self.host, port=self.port, ssl_context=self.config.tls,
            handle_signals=False, loop=loop, print=lambda *args: None,
        )  # fmt: skip

    async def on_startup(self, app: web.Application) -> None:
        shown = ", ".join(self.config.addresses.shown)
        self.console.print(f"interview: serving {self.config.database} at {shown}", highlight=False)
        if not self.config.sign_in_required:
            self.console.print("No accounts: single-user mode on this machine, without sign-in.")
        self.console.print("Press Ctrl+C to stop (every answer is already saved).")

    async def on_shutdown(self, app: web.Application) -> None:
        await asyncio.gather(*(end_process_group(process) for process in self.running))

    def kill_leftovers(self) -> None:
        """Last resort once the event loop is gone: SIGKILL any app group still there."""
        for process in self.running:
            signal_group(process.pid, signal.SIGKILL)

    # --- pages ----------------------------------------------------------------------------------
    async def handle_index(self, request: web.Request) -> web.Response:
        account = request.get(ACCOUNT_KEY)
        if account is not None and not account.opens_the_app:
            context = {"name": account.name, "formats": EXPORT_FORMATS, "dates": DATE_MODES}
            return aiohttp_jinja2.render_template("exports.html", request, context)
        base = f"{self.config.addresses.scheme}://{request.host}"
        socket_scheme = "wss" if self.config.addresses.scheme == "https" else "ws"
        context = {
            "font_size": _to_int(request.query.get("fontsize", "16"), 16),
            "app_websocket_url": f"{socket_scheme}://{request.host}/ws",
            "config": {"static": {"url": f"{base}/static/"}},
            "application": {"name": self.title},
            "signed_in": account.name if account else "",
        }
        return aiohttp_jinja2.render_template("app_index.html", request, context)

    async def handle_export(self, request: web.Request) -> web.StreamResponse:
        """A researcher's anonymized export, as a zip download."""
        account = request.get(ACCOUNT_KEY)
        if account is None or not account.exports_anonymized:
            return web.Response(status=403, text="Only researcher accounts download exports.")
        export_format = request.query.get("format", "csv")
        dates = request.query.get("dates", "shift")
        if export_format not in EXPORT_FORMATS or dates not in DATE_MODES:
            choices = "a format (csv, jsonl, fhir) and dates (shift, interval)"
            return web.Response(status=400, text=f"Choose {choices}.")
        name, packed = await asyncio.get_running_loop().run_in_executor(
            None, anonymized_zip, self.config.database, export_format, dates, account.name
        )
        headers = {"Content-Disposition": f'attachment; filename="{name}"', **SECURITY_HEADERS}
        return web.Response(body=packed, content_type="application/zip", headers=headers)

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """textual-serve's handler: the app runs as the signed-in account, until its sign-in ends."""
        account: Account | None = request.get(ACCOUNT_KEY)
        if account is not None and not account.opens_the_app:
            raise web.HTTPForbidden(text="Researcher accounts download anonymized exports only.")
        websocket = web.WebSocketResponse(heartbeat=15)
        width = _to_int(request.query.get("width", "80"), 80)
        height = _to_int(request.query.get("height", "24"), 24)
        service: GroupedAppService | None = None
        watcher: asyncio.Task[None] | None = None
        user = account.name if account else None
        try:
            await websocket.prepare(request)
            service = GroupedAppService(
                app_command(self.config.database, user),
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=websocket.close,
                download_manager=self.download_manager,
                debug=self.debug,
                running=self.running,
            )
            if account is not None:
                self.gate.audit.audit("app_opened", {"peer": request.remote}, user)
                watcher = asyncio.create_task(self._close_when_signed_out(request, websocket))
            await service.start(width, height)
            await self._process_messages(websocket, service)
        except asyncio.CancelledError:
            await websocket.close()
        finally:
            if watcher is not None:
                watcher.cancel()
            if account is not None:  # before stopping the app, which may outlast a stopping server
                self.gate.audit.audit("app_closed", {}, user)
            if service is not None:
                await service.stop()
        return websocket

    async def _close_when_signed_out(self, request: web.Request, websocket: web.WebSocketResponse) -> None:
        """Close an open app once its sign-in no longer holds: expired, signed out, or the account
        removed or its password changed at the terminal (checked every SIGN_IN_CHECK_SECONDS)."""
        while self.gate.account_of(request) is not None:
            left = self.gate.sign_ins.seconds_left(request.cookies.get(COOKIE, ""))
            await asyncio.sleep(min(left, SIGN_IN_CHECK_SECONDS))
        self.gate.audit.audit("app_signed_out", {}, request[ACCOUNT_KEY].name)
        await websocket.close()


def _to_int(text: str, default: int) -> int:
    return int(text) if text.isdigit() and len(text) < 4 else default
