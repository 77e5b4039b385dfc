"""What was said about risk in free text, for the clinician report: risk statements and denials."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict

from interview.engine.events import Event, RiskCueNoticed, RiskDenied


class RiskMention(BaseModel):
    """A risk statement or a denial found in a typed line, where it was typed."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["risk", "denial"]
    question: str
    """The key of the question being asked when it was typed ("" once the interview had ended)."""
    said: str
    """The words as typed."""
    category: str
    negation: str = ""
    """For a denial, the words that deny it."""

    @property
    def line(self) -> str:
        """One line for the report."""
        where = f" (at {self.question})" if self.question else ""
        what = self.category.replace("_", " ") or "risk"
        if self.kind == "denial":
            return f"Denied: '{self.said}' ({what}), by '{self.negation}'{where}"
        return f"Risk statement: '{self.said}' ({what}){where}"


def risk_mentions(events: Iterable[Event]) -> list[RiskMention]:
    """Every risk statement and denial in a session's events, in the order they were typed."""
    found: list[RiskMention] = []
    for event in events:
        if isinstance(event, RiskCueNoticed):
            found.append(
                RiskMention(kind="risk", question=event.key, said=event.matched, category=event.category)
            )
        elif isinstance(event, RiskDenied):
            found.append(
                RiskMention(
                    kind="denial",
                    question=event.key,
                    said=event.matched,
                    category=event.category,
                    negation=event.negation,
                )
            )
    return found
