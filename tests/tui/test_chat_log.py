"""The chat log: the typed answer, and under it its understood value once, as plain mode shows it."""

from __future__ import annotations

from textual.app import App, ComposeResult

from interview.engine import Reply
from interview.events import AnswerRecorded, InputReceived
from interview.tui.widgets.chat import ChatLog

from .conftest import SMALL

TYPED = "Zoloft, 100 mg, about two months"


class ChatOnly(App[None]):
    def compose(self) -> ComposeResult:
        yield ChatLog(id="chat")


def drug_reply(approximate: bool) -> Reply:
    """A drug answer that carried its dose and weeks (approximate) to the next questions."""
    return Reply(
        events=[
            InputReceived(key="drug", text=TYPED),
            AnswerRecorded(key="drug", value="sertraline", display="sertraline", approximate=approximate),
            AnswerRecorded(key="dose", value=100, display="100 mg/day", approximate=True),
            AnswerRecorded(key="weeks", value=8.7, display="2 months (8.7 weeks)", approximate=True),
        ]
    )


async def lines_after(reply: Reply) -> list[str]:
    app = ChatOnly()
    async with app.run_test(size=SMALL) as pilot:
        chat = app.query_one(ChatLog)
        chat.show_answer(TYPED, reply)
        await pilot.pause()
        return [line.text.strip() for line in chat.lines]


async def test_the_understood_line_is_the_typed_answers_own_value_only() -> None:
    assert await lines_after(drug_reply(approximate=True)) == [
        f"› {TYPED}",
        "understood as: sertraline",
    ]


async def test_carried_details_are_not_repeated_under_an_exact_answer() -> None:
    # the engine's "also noted" message lists them; the chat must not list them a second time
    assert await lines_after(drug_reply(approximate=False)) == [f"› {TYPED}"]
