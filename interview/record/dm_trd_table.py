"""The DM-TRD item table as data: items, the levels we collect, and points (null until checked)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict


class DmTrdLevel(BaseModel):
    """One level of an item; points stay null until read from Peeters 2016 Table 1."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str
    label: str
    points: float | None = None


class DmTrdItem(BaseModel):
    """One DM-TRD item with the levels the interview collects."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str
    label: str
    source: str
    levels: tuple[DmTrdLevel, ...]


class DmTrdTable(BaseModel):
    """The whole table; a total is only computed when every needed level has points."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    status: str
    note: str
    items: tuple[DmTrdItem, ...]

    def item(self, key: str) -> DmTrdItem:
        """The item with this key (a scan of a dozen items; caching keyed by the table hashed it whole)."""
        for item in self.items:
            if item.key == key:
                return item
        raise KeyError(key)


@cache
def load_dm_trd_table() -> DmTrdTable:
    """Load the bundled table (interview/record/data/dm_trd_items.json), once."""
    text = resources.files("interview.record").joinpath("data/dm_trd_items.json").read_text()
    return DmTrdTable.model_validate(json.loads(text))
