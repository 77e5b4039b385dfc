"""The conversation as one RichLog: a turn adds lines, never widgets, so turn 500 costs what turn 1 did."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import RichLog

from interview.engine import Message, Reply
from interview.engine.events import AnswerRecorded

ANSWER_MARK = "› "
STYLES: dict[str, str] = {
    "section": "bold underline",
    "item": "bold",
    "prompt": "bold",
    "ack": "green",
    "error": "bold red",
    "info": "",
    "why": "italic cyan",
    "help": "italic cyan",
    "review": "",
    "finished": "bold green",
    "paused": "bold yellow",
    "alert": "bold reverse red",
}
"""How each message kind looks; named ANSI colours follow the dark and light themes."""


class ChatLog(RichLog):
    """The interviewer's words and the answers, flat: one write per line of a turn."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 (Textual's own parameter name)
        super().__init__(wrap=True, markup=False, highlight=False, auto_scroll=True, id=id)

    def show_answer(self, typed: str, reply: Reply) -> None:
        """What was typed, and under it the understood value when the answer was approximate."""
        self.write(Text(ANSWER_MARK + (typed if typed.strip() else "(nothing typed)"), style="bold"))
        for event in reply.events:
            if isinstance(event, AnswerRecorded) and event.approximate:
                self.write(Text(f"  understood as: {event.display}", style="italic dim"))

    def show(self, messages: list[Message]) -> None:
        """The interviewer's messages of one reply, styled by kind."""
        for message in messages:
            style = STYLES.get(message.kind, "")
            first, *rest = message.text.splitlines() or [""]
            if message.kind in ("section", "item"):
                self.write("")
                rest_style = ""  # a section's intro reads as ordinary text under its title
            else:
                rest_style = style
            self.write(Text(first, style=style))
            for line in rest:
                self.write(Text(line, style=rest_style))
