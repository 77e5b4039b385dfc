"""The antidepressant catalogue: names, brands, classes and the usual-dose proxy for adequacy."""

from __future__ import annotations

import json
from enum import StrEnum
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field

from interview.record.values import DrugClass


class DoseStatus(StrEnum):
    """How sure the dose threshold is (the markers of clinical-rules.md)."""

    CONFIRMED = "confirmed"
    PARTIAL = "partial"
    UNCONFIRMED = "unconfirmed"


class Drug(BaseModel):
    """One catalogue entry (clinical-rules §7d)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    generic: str
    brands: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    drug_class: DrugClass
    min_usual_dose_mg: float | None = Field(default=None, ge=0)
    """Lowest usual therapeutic daily dose: a proxy for adequacy, not an ATHF adequate dose."""
    dose_source: str
    dose_status: DoseStatus
    inadequate_at_or_below_mg: float | None = None
    """A published verdict that this dose (or lower) is too low, e.g. venlafaxine 75 mg [W17]."""
    uncertain_below_mg: float | None = None
    """Where sources differ: doses from the usual minimum up to this value are uncertain."""
    notes: str = ""


class DrugCatalogue:
    """Exact, case-insensitive lookup of drugs by generic, brand or alias name."""

    def __init__(self, drugs: list[Drug], sources: dict[str, str]) -> None:
        self.drugs = tuple(drugs)
        self.sources = dict(sources)
        self._by_name: dict[str, Drug] = {}
        for drug in drugs:
            for name in (drug.generic, *drug.brands, *drug.aliases):
                self._by_name[name.casefold()] = drug

    def find(self, name: str) -> Drug | None:
        """The drug with this generic, brand or alias name (case-insensitive), if any."""
        return self._by_name.get(name.strip().casefold())

    def names(self) -> list[str]:
        """Every generic and brand name, as spelt in the catalogue (for fuzzy matching)."""
        return [name for drug in self.drugs for name in (drug.generic, *drug.brands)]


@cache
def load_catalogue() -> DrugCatalogue:
    """Load the bundled catalogue (interview/record/data/antidepressants.json), once."""
    text = resources.files("interview.record").joinpath("data/antidepressants.json").read_text()
    raw = json.loads(text)
    drugs = [Drug.model_validate(entry) for entry in raw["drugs"]]
    return DrugCatalogue(drugs, raw["sources"])
