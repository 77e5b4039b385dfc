"""The comorbidity and iatrogenic work-up: medical drugs that can lower mood, brand changes, tests done.

Putman 2024 ([S-PN]) and Guidi & Fava Fig. 1 ([S-GF]: medical illness and medical drugs) ask for
these before a depression is called resistant.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from interview.record.base import RecordModel
from interview.record.values import SKIPPED, Alliance, Missing, YesNo


class StopManner(StrEnum):
    """How an antidepressant was stopped: withdrawal after a fast stop can be mistaken for relapse."""

    STILL_TAKING = "still_taking"
    TAPERED_SLOWLY = "tapered_slowly"
    """Over several weeks or longer."""
    TAPERED_QUICKLY = "tapered_quickly"
    """Within a week or two."""
    STOPPED_ABRUPTLY = "stopped_abruptly"


class WorkUp(RecordModel):
    """What the work-up found besides the depression's own treatments."""

    depressogenic_drugs: list[str] = Field(default_factory=list)
    """Medical drugs taken that can cause or worsen depression (e.g. corticosteroids, interferon)."""
    brand_or_formulation_change: YesNo | Missing = SKIPPED
    """A change of generic brand or formulation around the time a treatment stopped helping."""
    investigations: list[str] = Field(default_factory=list)
    """Investigations already done (e.g. thyroid function, blood count, B12 and folate)."""
    prescriber_alliance: Alliance | Missing = SKIPPED
    """The working relationship with the prescriber (an alliance rupture is a cause of failure, [S-PN])."""
