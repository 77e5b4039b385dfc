"""Dates in exports: shifted by the patient's offset, or turned into intervals from the session start."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

_ISO = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2})(T[0-9:.]+(?:Z|[+-]\d{2}:\d{2})?)?)?$")


class DateMode(StrEnum):
    """How an anonymized export writes dates."""

    SHIFT = "shift"
    """Every date of a patient moves by the same number of days (intervals between them are kept)."""
    INTERVAL = "interval"
    """Each date becomes days from the session's start ("+0", "-412")."""


@dataclass(frozen=True)
class DateTransform:
    """The date rule for one session."""

    mode: DateMode
    shift_days: int
    session_start: date

    def apply(self, value: str) -> str:
        """The transformed date, or the value unchanged when it is not an ISO date."""
        match = _ISO.match(value)
        if match is None:
            return value
        year, month, day, rest = match.groups()
        try:
            if day is None:
                return self._month(int(year), int(month))
            if rest:
                moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
                return self._moment(moment)
            return self._day(date(int(year), int(month), int(day)))
        except ValueError:
            return value

    def _day(self, day: date) -> str:
        if self.mode is DateMode.SHIFT:
            return (day + timedelta(days=self.shift_days)).isoformat()
        return f"{(day - self.session_start).days:+d}"

    def _month(self, year: int, month: int) -> str:
        # a month has no day to shift: the shift is applied to its 15th, and the month of that day kept
        middle = self._day(date(year, month, 15))
        return middle[:7] if self.mode is DateMode.SHIFT else middle

    def _moment(self, moment: datetime) -> str:
        if self.mode is DateMode.SHIFT:
            return (moment + timedelta(days=self.shift_days)).isoformat(timespec="seconds")
        return f"{(moment.date() - self.session_start).days:+d}"


AGE_CAP = 90
"""Ages over 89 are written as 90 (HIPAA Safe Harbor aggregates them into '90 or older')."""


def cap_age(age: int | float) -> int | float:
    """The age, or 90 when it is over 89."""
    return AGE_CAP if age > AGE_CAP - 1 else age
