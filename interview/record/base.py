"""The base class every record model shares: unknown fields are errors, field docs reach the schema."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class RecordModel(BaseModel):
    """A part of the clinical record; a misspelt key is an error, not a silent default."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)
