"""A slot is one place an answer can go: a question, or a question inside one item of a repeat group."""

from __future__ import annotations

import re
from dataclasses import dataclass

ANOTHER = "_another"
"""The id of the implicit "was there another one?" question of an ask_another group."""

_KEY = re.compile(r"^(?P<group>[a-z][a-z0-9_]*)\[(?P<item>\d+)\]\.(?P<qid>_?[a-z][a-z0-9_]*)$")


@dataclass(frozen=True)
class Slot:
    """Where an answer goes: `qid` at top level, or `group[item].qid` inside a repeat group."""

    qid: str
    group: str | None = None
    item: int | None = None

    @property
    def key(self) -> str:
        """The stable text form used in storage and exports."""
        if self.group is None:
            return self.qid
        return f"{self.group}[{self.item}].{self.qid}"

    @property
    def is_another(self) -> bool:
        """Whether this is the implicit "another one?" question of a group."""
        return self.qid == ANOTHER

    @classmethod
    def from_key(cls, key: str) -> Slot:
        """Parse a stored key back into a slot."""
        match = _KEY.match(key)
        if match is None:
            return cls(key)
        return cls(match["qid"], match["group"], int(match["item"]))

    def sibling(self, qid: str) -> Slot:
        """Another question of the same item (or a top-level question when not in a group)."""
        return Slot(qid, self.group, self.item)
