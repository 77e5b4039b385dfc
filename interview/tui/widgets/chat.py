"""The conversation as one RichLog: a turn adds lines, never widgets, so turn 500 costs what turn 1 did."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

from rich.text import Text
from textual.widgets import RichLog

if TYPE_CHECKING:  # the engine loads after the first paint
    from interview.engine import Reply
    from interview.events import Event

ANSWER_MARK = "› "
MIN_WIDTH = 20
"""Lines wrap at the chat's width, never narrower than this."""
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


class Said(Protocol):
    """One message of the interviewer: the engine's Message, or one kept in a stored opening."""

    @property
    def kind(self) -> str: ...

    @property
    def text(self) -> str: ...


class ChatLog(RichLog):
    """The interviewer's words and the answers, flat: one write per line of a turn."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 (Textual's own parameter name)
        # min_width: RichLog renders every line at least 78 cells wide by default, so beside the side
        # panel (100 columns) the ends of long lines were cut off instead of wrapped.
        super().__init__(
            wrap=True, markup=False, highlight=False, auto_scroll=True, min_width=MIN_WIDTH, id=id
        )

    def show_answer(self, typed: str, reply: Reply) -> None:
        """What was typed, and under it the understood value when the answer was approximate.

        Only the typed answer's own value (Reply.understood, as plain mode shows it): details carried
        with it (a drug's dose and weeks) are listed in the engine's "also noted" message already.
        """
        self.write(Text(ANSWER_MARK + (typed if typed.strip() else "(nothing typed)"), style="bold"))
        if reply.understood:
            self.write(Text(f"  understood as: {reply.understood}", style="italic dim"))

    def show_earlier(self, events: Iterable[Event]) -> None:
        """A resumed session's conversation so far, from its stored events, dimmed: each question as
        it was asked, what was typed, and an approximate answer's understood value."""
        from interview.events import AnswerRecorded, InputReceived, QuestionAsked

        events = list(events)
        # questions asked after the last line typed are asked again below "Resumed here"
        last_typed = max((i for i, e in enumerate(events) if isinstance(e, InputReceived)), default=-1)
        if last_typed < 0:
            return  # nothing was answered yet: the question below is all there is
        self.write(Text("Earlier in this session", style="bold dim"))
        typed: str | None = None  # the key of the last line typed: its understood value follows
        for index, event in enumerate(events):
            if isinstance(event, QuestionAsked) and index < last_typed:
                self.write(Text(event.prompt, style="dim"))
            elif isinstance(event, InputReceived):
                self.write(Text(ANSWER_MARK + event.text, style="bold dim"))
                typed = event.key
            elif isinstance(event, AnswerRecorded) and event.key == typed:
                if event.approximate:
                    self.write(Text(f"  understood as: {event.display}", style="italic dim"))
                typed = None
        self.write(Text("Resumed here", style="bold dim"))
        self.write("")

    def show(self, messages: Iterable[Said]) -> None:
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
