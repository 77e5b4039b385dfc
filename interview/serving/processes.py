"""One app process per browser tab, each leading its own process group, all ended when the server stops.

textual-serve leaves app processes running when the server stops (one per open tab, re-parented to
PID 1 and spinning); here each app starts in its own process group, every group is ended on stop, and
each app asks the kernel to end it when the server dies in a way no handler sees (SIGKILL).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shlex
import signal
import sys
from asyncio.subprocess import Process
from pathlib import Path
from typing import Any

from textual_serve.app_service import AppService

STOP_GRACE_SECONDS = 2.0


def app_command(database: Path, user: str | None = None) -> str:
    """The shell command run per browser tab (`exec`: no shell in between); `user` scopes the app to
    that account's sessions and role."""
    python, db = shlex.quote(sys.executable), shlex.quote(str(database))
    command = f"exec {python} -m interview.tui --served --db {db}"
    return command if user is None else f"{command} --user {shlex.quote(user)}"


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
