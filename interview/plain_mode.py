"""Plain mode: the interview line by line on standard input and output (screen readers, scripts, tests)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TextIO

from interview.engine import Conversation, Reply
from interview.events import Paused, SessionEnded
from interview.storage import SessionStore

PROMPT_MARK = "> "


def render(reply: Reply, banner: str = "") -> str:
    """The messages of one reply as plain text: first, right under the answer, the understood value
    of an approximate answer; then the active alert's banner, if any; then the messages."""
    lines: list[str] = [f"  understood as: {reply.understood}"] if reply.understood else []
    if banner:
        lines += ["", banner]
    for message in reply.messages:
        if message.kind == "section":
            title, *rest = message.text.splitlines()
            lines += ["", f"== {title} ==", *rest]
        elif message.kind == "item":
            lines += ["", f"-- {message.text} --"]
        elif message.kind == "error":
            lines.append(f"Sorry: {message.text}")
        elif message.kind == "alert":
            lines += ["", *message.text.splitlines()]
        else:
            lines.append(message.text)
    return "\n".join(lines)


def alert_banner(conversation: Conversation, reply: Reply) -> str:
    """The active alert's one-line reminder, unless this very reply showed the alert in full."""
    alerts = conversation.alerts
    if not alerts or any(message.kind == "alert" for message in reply.messages):
        return ""
    return alerts[-1].banner


def run_plain(
    conversation: Conversation,
    session_id: str,
    store: SessionStore,
    first: Reply,
    lines: Iterator[str],
    out: TextIO,
    echo: bool,
) -> int:
    """Drive the conversation until it finishes, pauses or input ends; each turn is stored first."""
    reply = first
    while True:
        store.append(session_id, reply.events)  # committed before anything is shown
        banner = alert_banner(conversation, reply)  # the active alert stays on screen, above each turn
        out.write(render(reply, banner) + "\n")
        out.flush()
        if conversation.finished:
            state = "was ended after the safety alert" if _ended(reply) else "is complete"
            out.write(f"\nSession {session_id} {state}. Read it with: interview transcript {session_id}\n")
            return 0
        if conversation.paused:
            out.write(f"\nResume with: interview resume {session_id}\n")
            return 0
        out.write(PROMPT_MARK)
        out.flush()
        line = next(lines, None)
        if line is None:  # end of input: keep everything, resume later at this question
            store.append(session_id, [Paused()])
            out.write(f"\n(end of input) Paused. Resume with: interview resume {session_id}\n")
            return 0
        if echo:
            out.write(line + "\n")
        reply = conversation.handle(line)


def _ended(reply: Reply) -> bool:
    """Whether this turn ended the session early (a decision after a safety alert)."""
    return any(isinstance(event, SessionEnded) for event in reply.events)
