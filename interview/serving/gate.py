"""The gate every request passes: Host, then Origin, then (when accounts are in use) a live sign-in.

The sign-in pages live here too: a form posts name and password (checked against the argon2 hash on a
worker thread), a good one gets a sign-in cookie, and every sign-in, failure and sign-out is audited.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp_jinja2
from aiohttp import web

from interview.accounts import Account
from interview.accounts.passwords import hash_password, verify_password
from interview.serving.addresses import Addresses
from interview.serving.signins import COOKIE, SignIns, fingerprint
from interview.storage import SessionStore
from interview.storage.users import UserStore

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
OPEN_PATHS = ("/sign-in", "/static/")
"""Reachable without signing in: the sign-in form and textual-serve's scripts, styles and fonts."""
ACCOUNT_KEY = web.RequestKey("account", Account)
MAX_NAME, MAX_PASSWORD = 64, 1024
_DUMMY_HASH = hash_password("no account has this password")
"""Checked against when the name is unknown, so a wrong name costs as long as a wrong password."""

SECURITY_HEADERS = {
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    # not no-referrer: under it a browser sends "Origin: null" with its own forms, which we refuse
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


@dataclass
class Gate:
    """What the server checks before any handler runs."""

    addresses: Addresses
    sign_in_required: bool
    """False only for the single-user server on 127.0.0.1 with no accounts in its database."""
    sign_ins: SignIns
    users: UserStore
    audit: SessionStore

    def account_of(self, request: web.Request) -> Account | None:
        """The signed-in account of the request; None when there is no live sign-in.

        The account is read again on every request: one removed, or whose password was changed at
        the terminal, is signed out at once.
        """
        token = request.cookies.get(COOKIE)
        sign_in = self.sign_ins.find(token)
        if sign_in is None:
            return None
        stored = self.users.find(sign_in.name)
        if stored is None or fingerprint(stored.password_hash) != sign_in.password:
            self.sign_ins.end(token)
            return None
        return stored.account

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        refused = self._refusal(request)
        if refused is not None:
            return refused
        if self.sign_in_required and not request.path.startswith(OPEN_PATHS):
            account = self.account_of(request)
            if account is None:
                if request.method == "GET" and request.path == "/":
                    raise web.HTTPSeeOther("/sign-in")
                return web.Response(status=401, text="Sign in first: open / in the browser.")
            request[ACCOUNT_KEY] = account
        response = await handler(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    def _refusal(self, request: web.Request) -> web.Response | None:
        """A refusal when the Host is not this server's, or the Origin is foreign where it matters."""
        if not self.addresses.host_allowed(request.headers.get("Host")):
            return web.Response(
                status=421,
                text="This server does not answer to that host name (its operator can add it with "
                "`interview serve --allow-host NAME`).",
            )
        origin = request.headers.get("Origin")
        websocket = request.headers.get("Upgrade", "").lower() == "websocket" or request.path == "/ws"
        must_match = websocket or request.method not in ("GET", "HEAD")
        if (must_match or origin is not None) and not self.addresses.origin_allowed(origin):
            return web.Response(status=403, text="Refused: the request did not come from this server's page.")
        return None

    # --- the sign-in pages ----------------------------------------------------------------------
    async def sign_in_page(self, request: web.Request) -> web.Response:
        if not self.sign_in_required:
            raise web.HTTPSeeOther("/")
        return _page("sign_in.html", request, {"message": ""})

    async def sign_in(self, request: web.Request) -> web.StreamResponse:
        if not self.sign_in_required:
            raise web.HTTPSeeOther("/")
        form = await request.post()
        name = str(form.get("name", ""))[:MAX_NAME].strip()
        password = str(form.get("password", ""))[:MAX_PASSWORD]
        if self.sign_ins.locked_out(name):
            self.audit.audit("sign_in_refused", {"name": name, "reason": "too many wrong passwords"}, name)
            message = "Too many wrong passwords for this name: wait five minutes, then try again."
            return _page("sign_in.html", request, {"message": message, "name": name}, status=429)
        stored = self.users.find(name)
        encoded = stored.password_hash if stored else _DUMMY_HASH
        matched = await asyncio.get_running_loop().run_in_executor(None, verify_password, encoded, password)
        if stored is None or not matched:
            self.sign_ins.failed(name)
            self.audit.audit("sign_in_failed", {"name": name, "peer": request.remote}, name or None)
            message = "That name and password do not match an account."
            return _page("sign_in.html", request, {"message": message, "name": name}, status=401)
        token = self.sign_ins.begin(stored.account.name, stored.password_hash)
        self.audit.audit("sign_in", {"role": stored.account.role.value, "peer": request.remote}, name)
        response = web.HTTPSeeOther("/")
        response.set_cookie(
            COOKIE,
            token,
            max_age=int(self.sign_ins.lifetime_seconds),
            path="/",
            httponly=True,
            samesite="Strict",
            secure=self.addresses.scheme == "https",
        )
        raise response

    async def sign_out_page(self, request: web.Request) -> web.Response:
        account = request.get(ACCOUNT_KEY)
        if account is None:  # the single-user server: nobody is signed in
            raise web.HTTPSeeOther("/")
        return _page("sign_out.html", request, {"name": account.name})

    async def sign_out(self, request: web.Request) -> web.StreamResponse:
        ended = self.sign_ins.end(request.cookies.get(COOKIE))
        if ended is not None:
            self.audit.audit("sign_out", {}, ended.name)
        response = web.HTTPSeeOther("/sign-in")
        response.del_cookie(COOKIE, path="/")
        raise response


def _page(name: str, request: web.Request, context: dict[str, Any], status: int = 200) -> web.Response:
    response = aiohttp_jinja2.render_template(name, request, context, status=status)
    response.headers.update(SECURITY_HEADERS)  # also on refusals, which skip the middleware's tail
    return response
