"""A new session's opening, kept in the script cache so `interview run` paints it before the engine loads.

Loading the engine (pydantic models, the script, the answer book) takes longer than Textual takes to
start, so a new session's first question is painted from what the engine showed the last time it
started a session of the same script file (same bytes, same version of this app): its first messages,
the options and the hint of the first question, and the sections of the side panel. The engine then
loads while the person reads; its own first reply always wins, and replaces a stale opening on screen
and in the cache.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interview.script.cache import ScriptSource, read_opening, read_source, write_opening
from interview.script.errors import ScriptError
from interview.tui.widgets.answer import completions, placeholder
from interview.tui.widgets.choices import Choice, choices_for, is_multiple
from interview.tui.widgets.progress import SectionProgress, section_progress

if TYPE_CHECKING:
    from interview.engine import Conversation, Reply


@dataclass(frozen=True)
class Said:
    """One message of the interviewer, as the chat shows it."""

    kind: str
    text: str


@dataclass(frozen=True)
class Opening:
    """What a new session shows before its first answer, in plain data."""

    title: str
    """The script's title (in the screen's subtitle)."""
    messages: tuple[Said, ...]
    choices: tuple[Choice, ...]
    multiple: bool
    completions: tuple[str, ...]
    placeholder: str
    sections: tuple[SectionProgress, ...]

    def to_json(self) -> dict[str, Any]:
        """Plain JSON data for the cache."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Opening:
        """Read back what `to_json` wrote; raises (KeyError, TypeError, ValueError) on anything else."""
        return cls(
            title=str(data["title"]),
            messages=tuple(Said(str(m["kind"]), str(m["text"])) for m in data["messages"]),
            choices=tuple(Choice(str(c["label"]), str(c["typed"])) for c in data["choices"]),
            multiple=bool(data["multiple"]),
            completions=tuple(str(name) for name in data["completions"]),
            placeholder=str(data["placeholder"]),
            sections=tuple(
                SectionProgress(str(s["title"]), int(s["answered"]), int(s["total"]), bool(s["current"]))
                for s in data["sections"]
            ),
        )


def opening_of(conversation: Conversation, first: Reply, sections: bool) -> Opening:
    """What the engine shows: its reply and the state of the question it asks; the side panel's
    `sections` only when asked for (counting walks every slot: ~45 ms at turn 500)."""
    slot = conversation.current
    question = conversation.book.question(slot) if slot else None
    return Opening(
        title=conversation.script.title,
        messages=tuple(Said(message.kind, message.text) for message in first.messages),
        choices=tuple(choices_for(question, slot is not None and slot.is_another)),
        multiple=is_multiple(question),
        completions=tuple(completions(question)),
        placeholder=placeholder(question, conversation.finished),
        sections=tuple(section_progress(conversation)) if sections else (),
    )


@dataclass(frozen=True)
class StoredOpening:
    """A script file as read (once: the engine loads these bytes), and the opening kept for it."""

    source: ScriptSource
    opening: Opening | None
    """None when none is kept yet."""

    @property
    def digest(self) -> str:
        """The script file's digest, which its opening is kept by."""
        return self.source.digest


def stored_opening(script_path: Path) -> StoredOpening | None:
    """The opening kept for this script file; None when the file cannot be read."""
    try:
        source = read_source(script_path)
    except ScriptError:
        return None
    return kept_for(source)


def kept_for(source: ScriptSource) -> StoredOpening:
    """The opening kept for these bytes of a script file, if any."""
    data = read_opening(source.digest)
    if data is None:
        return StoredOpening(source, None)
    try:
        return StoredOpening(source, Opening.from_json(data))
    except (KeyError, TypeError, ValueError):  # written by another build of the same version
        return StoredOpening(source, None)


def keep_opening(stored: StoredOpening, opening: Opening) -> None:
    """Keep the engine's opening for its script file unless the same one is kept already."""
    if opening != stored.opening:
        write_opening(stored.digest, opening.to_json())
