"""A practice case: a synthetic patient's words for each question, the expert's coding, the expected results.

Case files are YAML 1.2 in transcripts/practice/. Keys of `answers` are slot keys: a question id
(`episode_weeks`), or a question inside one item of a repeat group (`trials[0].drug`, counting from 0;
`trials[0]._another` is the group's "was there another one?" question).
"""

from __future__ import annotations

import datetime
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

SLOT_KEY = r"^([a-z][a-z0-9_]*|[a-z][a-z0-9_]*\[\d+\]\.(_another|[a-z][a-z0-9_]*))$"
DEFAULT_INTERVIEW_DATE = datetime.date(2025, 6, 2)
"""Relative answers ("since March 2023") are read as of this date, so a case never ages."""


def _typed_line(value: Any) -> Any:
    """A coding is a typed line: numbers are taken as written; YAML booleans are an authoring slip."""
    if isinstance(value, bool):
        raise ValueError("write the coding as text (yes / no), not a YAML boolean")
    if isinstance(value, int | float):
        return str(value)
    return value


Line = Annotated[str, BeforeValidator(_typed_line), Field(min_length=1)]


class CaseAnswer(BaseModel):
    """One question of the case."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    says: str = Field(min_length=1)
    """What the patient says, in their own words."""
    code: Line
    """The line the expert types to code it, e.g. '100 mg', 'about 2 months', "don't know"."""
    reason: str | None = None
    """Why the expert codes it so; required where the coding is not what the words say literally."""


class Expected(BaseModel):
    """What staging the expert's coding produces (outcome labels as `interview stage` prints them)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    thase_rush: str | None = None
    esm: str | None = None
    mghs: str | None = None
    msm: str | None = None
    msm_band: str | None = None
    conway: str | None = None
    markowitz: str | None = None
    guidi_fava: str | None = None
    spectrum: str | None = None
    """The differential's response-spectrum category (e.g. 'partial_response')."""
    flags_met: list[str] | None = None
    """Differential flags that must be met (e.g. 'loss_of_effect'); others must not be."""


class PracticeCase(BaseModel):
    """A whole case."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=64)]
    title: str
    script: str
    """The script it answers: a bundled script id ('trd_assessment') or a path."""
    synthetic: bool
    """Always true: practice cases are invented, never real patients."""
    patient: str
    """Who the trainee meets (a pseudonym and a line of context)."""
    summary: str
    """The vignette shown before the first question."""
    teaching_points: list[str] = Field(default_factory=list)
    """Shown with the results: what the case is meant to teach."""
    interview_date: datetime.date = DEFAULT_INTERVIEW_DATE
    answers: dict[Annotated[str, Field(pattern=SLOT_KEY)], CaseAnswer] = Field(min_length=1)
    expected: Expected = Field(default_factory=Expected)

    def answer(self, key: str) -> CaseAnswer | None:
        """The case's entry for a slot key, if it has one."""
        return self.answers.get(key)


PRACTICE_LABEL_PREFIX = "practice: "
"""Every practice attempt's session label starts with this, so exports and lists can tell them apart."""


def practice_label(case_id: str) -> str:
    """The session label of a practice attempt at a case."""
    return f"{PRACTICE_LABEL_PREFIX}{case_id}"
