"""`interview serve`: the TUI in a web browser through textual-serve, local and leaving no process behind.

Two departures from textual-serve's defaults:
- its page links a web font from the internet; ours (interview/tui/web/app_index.html) uses the font
  textual-serve ships, so a page load fetches nothing from outside this server;
- it leaves app processes running when the server stops (one per open browser tab, re-parented to
  PID 1 and spinning); ours starts each app in its own process group and ends every group on stop,
  and each app asks the kernel to end it when the server dies in a way no handler sees (SIGKILL).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shlex
import signal
import sys
from asyncio.subprocess import Process
from pathlib import Path
from typing import Any

from aiohttp import web
from textual_serve.app_service import AppService
from textual_serve.server import Server

from interview.commands.common import UserError
from interview.locations import database_path

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
TEMPLATES = Path(__file__).resolve().parent.parent / "tui" / "web"
"""Our page template (read as a file: importing interview.tui here would load textual)."""
STOP_GRACE_SECONDS = 2.0


def app_command(database: Path) -> str:
    """The shell command textual-serve runs per browser session; `exec` leaves no shell in between."""
    python, db = shlex.quote(sys.executable), shlex.quote(str(database))
    return f"exec {python} -m interview.tui --served --db {db}"


def signal_group(pid: int, sig: signal.Signals) -> bool:
    """Send `sig` to the process group led by `pid`; False when the group is gone."""
    try:
        os.killpg(pid, sig)
    except (ProcessLookupError, PermissionError):
        return False
    return True


async def end_process_group(process: Process) -> None:
    """SIGTERM the app's whole process group, wait a little, then SIGKILL what is left."""
    if not signal_group(process.pid, signal.SIGTERM):
        return
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(process.wait(), STOP_GRACE_SECONDS)
    signal_group(process.pid, signal.SIGKILL)


class GroupedAppService(AppService):
    """An app process that leads its own process group, registered so the server can end it."""

    def __init__(self, *args: Any, running: set[Process], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._running = running

    async def _open_app_process(self, width: int = 80, height: int = 24) -> Process:
        environment = self._build_environment(width=width, height=height)
        self._process = process = await asyncio.create_subprocess_shell(
            self.command,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=environment,
            start_new_session=True,
        )
        assert process.stdin is not None  # PIPE was asked for
        self._stdin = process.stdin
        self._running.add(process)
        return process

    async def stop(self) -> None:
        await super().stop()
        if self._process is not None:
            self._running.discard(self._process)
            await end_process_group(self._process)


class LocalServer(Server):
    """textual-serve's server with our page template and process-group hygiene."""

    def __init__(self, command: str, host: str, port: int) -> None:
        super().__init__(command, host=host, port=port, title="interview", templates_path=TEMPLATES)
        self.running: set[Process] = set()
        """App processes (each leading its own process group) not yet stopped."""

    async def on_shutdown(self, app: web.Application) -> None:
        await asyncio.gather(*(end_process_group(process) for process in self.running))

    def kill_leftovers(self) -> None:
        """Last resort once the event loop is gone: SIGKILL any app group still there."""
        for process in self.running:
            signal_group(process.pid, signal.SIGKILL)

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        # textual-serve's own handler, with GroupedAppService in place of AppService.
        websocket = web.WebSocketResponse(heartbeat=15)
        width = _to_int(request.query.get("width", "80"), 80)
        height = _to_int(request.query.get("height", "24"), 24)
        service: GroupedAppService | None = None
        try:
            await websocket.prepare(request)
            service = GroupedAppService(
                self.command,
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=websocket.close,
                download_manager=self.download_manager,
                debug=self.debug,
                running=self.running,
            )
            await service.start(width, height)
            await self._process_messages(websocket, service)
        except asyncio.CancelledError:
            await websocket.close()
        finally:
            if service is not None:
                await service.stop()
        return websocket


def _to_int(text: str, default: int) -> int:
    return int(text) if text.isdigit() else default


def serve_command(args: argparse.Namespace) -> int:
    """Serve the TUI on host:port until Ctrl+C; every app process is ended when the server stops."""
    database = database_path(args.db)
    database.parent.mkdir(parents=True, exist_ok=True)
    server = LocalServer(app_command(database), args.host, args.port)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(
            f"interview: serving on {args.host}: anyone who can reach this address can open the "
            "interviews (there is no login)",
            file=sys.stderr,
        )
    try:
        server.serve()
    except OSError as error:  # the port is taken, or the address is not this machine's
        raise UserError(f"cannot serve on {args.host}:{args.port}: {error.strerror or error}") from None
    finally:
        server.kill_leftovers()
    return 0
