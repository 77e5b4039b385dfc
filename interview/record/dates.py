"""When a trial or an episode began and ended: a month of a year, a year alone, or an estimate.

People rarely know the day a medicine was started; they know "March 2023", "2019" or "about eight
months ago". The record keeps what was said at its precision (clinical-rules §16 "Chronology"):
relative answers are resolved against the interview's date when they are understood, so the record
holds only absolute months and years, marked approximate where they were estimated.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Literal

from pydantic import ConfigDict, Field, model_validator

from interview.record.base import RecordModel
from interview.record.missing import Missing

_ISO = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-\d{2})?)?")

ONGOING_PATHS = frozenset(
    {
        "medication_trials[].stop_date",
        "somatic_treatments[].stop_date",
        "psychotherapy_trials[].stop_date",
    }
)
"""End fields that may be "still going" (Ongoing): the engine accepts "still on it" only there."""


class PartialDate(RecordModel):
    """A month of a year, or a year alone, possibly an estimate ("about 8 months ago")."""

    model_config = ConfigDict(frozen=True)

    year: int = Field(ge=1900, le=2200)
    """The year."""
    month: int | None = Field(default=None, ge=1, le=12)
    """The month, 1 to 12; none when only the year is known."""
    approximate: bool = False
    """Estimated (relative words, a season, a hedge) rather than remembered exactly."""

    @model_validator(mode="before")
    @classmethod
    def _from_plain_dates(cls, data: Any) -> Any:
        # Records written before chronology (record_version 1) held ISO dates ("2024-01-01"); the
        # day was never asked, so only its month and year are kept.
        if isinstance(data, date):
            return {"year": data.year, "month": data.month}
        if isinstance(data, str):
            match = _ISO.fullmatch(data.strip())
            if match is None:
                raise ValueError(f"expected a month as YYYY-MM or a year as YYYY, got {data!r}")
            month = match["month"]
            return {"year": int(match["year"]), "month": int(month) if month else None}
        return data

    @property
    def months(self) -> float:
        """Months since year 0, for ordering and drawing; a year alone sits at its middle."""
        return self.year * 12 + (self.month - 1 if self.month else 5.5)

    @property
    def display(self) -> str:
        """How a person reads it: "March 2023", "2019", "about March 2023"."""
        shown = f"{_MONTHS[self.month - 1]} {self.year}" if self.month else str(self.year)
        return f"about {shown}" if self.approximate else shown


class Ongoing(RecordModel):
    """The end of a trial that has not ended: the person is still taking it or still attending."""

    model_config = ConfigDict(frozen=True)

    ongoing: Literal[True] = True
    """Always true: the treatment is still going at the interview."""

    @property
    def display(self) -> str:
        """How a person reads it."""
        return "still going"


Start = PartialDate | Missing
"""When something began, or why that is unknown."""
End = PartialDate | Ongoing | Missing
"""When a treatment ended, that it is still going, or why that is unknown."""

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def known(value: object) -> PartialDate | None:
    """The date if one is known (not Missing, not Ongoing)."""
    return value if isinstance(value, PartialDate) else None
