"""Why an answer is missing: four distinct reasons that travel from the interview to the exports."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict


class MissingReason(StrEnum):
    """The reasons a value can be absent; never collapsed into one another or into 'no'/0."""

    NOT_APPLICABLE = "not_applicable"
    """The question did not apply (its condition was false), so it was never asked."""
    SKIPPED = "skipped"
    """The interviewer skipped the question on purpose."""
    DONT_KNOW = "dont_know"
    """The person was asked and does not know."""
    DECLINED = "declined"
    """The person was asked and preferred not to say."""


class Missing(BaseModel):
    """A value that is not known, with the reason; stands wherever a real value could."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    missing: MissingReason
    kind: Literal["missing"] = "missing"

    def __str__(self) -> str:
        # Reports interpolate record values into sentences; a Missing must read as words there.
        return f"unknown ({_SPOKEN[self.missing]})"


_SPOKEN = {
    MissingReason.NOT_APPLICABLE: "not applicable",
    MissingReason.SKIPPED: "skipped",
    MissingReason.DONT_KNOW: "don't know",
    MissingReason.DECLINED: "declined",
}


NOT_APPLICABLE = Missing(missing=MissingReason.NOT_APPLICABLE)
SKIPPED = Missing(missing=MissingReason.SKIPPED)
DONT_KNOW = Missing(missing=MissingReason.DONT_KNOW)
DECLINED = Missing(missing=MissingReason.DECLINED)
