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
    misspellings: tuple[str, ...] = ()
    """Common misspellings ("sertaline"): understood as this drug without asking back."""
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
            for name in (drug.generic, *drug.brands, *drug.aliases, *drug.misspellings):
                self._by_name[name.casefold()] = drug

    def find(self, name: str) -> Drug | None:
        """The drug with this generic, brand, alias or misspelt name (case-insensitive), if any."""
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


class OtherMedicine(BaseModel):
    """A common medicine that is not for depression (levothyroxine, metformin, a statin...): names only."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    generic: str
    group: str
    """What it is for, roughly ("thyroid", "statin", "analgesic"); not used for staging."""
    brands: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    """Everyday and older names ("T4", "thyroxine", "the mini pill")."""


@cache
def load_other_medicines() -> tuple[OtherMedicine, ...]:
    """The bundled catalogue of other common medicines (interview/record/data/other_medicines.json)."""
    text = resources.files("interview.record").joinpath("data/other_medicines.json").read_text()
    return tuple(OtherMedicine.model_validate(entry) for entry in json.loads(text)["medicines"])


@cache
def medicine_names() -> dict[str, str]:
    """Every known medicine name, casefolded, to the name recorded for it (the generic name).

    Antidepressants and the drugs used with them (generic, brands, aliases, misspellings) and
    the other common medicines; a name in both is the antidepressant catalogue's.
    """
    names: dict[str, str] = {}
    for other in load_other_medicines():
        for name in (other.generic, *other.brands, *other.aliases):
            names[name.casefold()] = other.generic
    for drug in load_catalogue().drugs:
        for name in (drug.generic, *drug.brands, *drug.aliases, *drug.misspellings):
            names[name.casefold()] = drug.generic
    return names


_CLASS_NAMES: dict[DrugClass, str] = {
    DrugClass.SSRI: "SSRI",
    DrugClass.SNRI: "SNRI",
    DrugClass.TCA: "tricyclic",
    DrugClass.MAOI: "MAOI",
    DrugClass.ANTIPSYCHOTIC: "antipsychotic",
    DrugClass.MOOD_STABILISER: "mood stabiliser",
    DrugClass.THYROID_HORMONE: "thyroid hormone",
    DrugClass.OTHER_ANTIDEPRESSANT: "antidepressant",
}
_PLACEHOLDER_END = " (name not known)"


def class_placeholder(drug_class: DrugClass) -> str:
    """How a drug known only by its class is recorded: "SSRI (name not known)"."""
    return _CLASS_NAMES.get(drug_class, drug_class.value) + _PLACEHOLDER_END


def class_of_placeholder(name: str) -> DrugClass | None:
    """The class a recorded "SSRI (name not known)" names; None for any other name."""
    if not name.endswith(_PLACEHOLDER_END):
        return None
    said = name.removesuffix(_PLACEHOLDER_END)
    return next((cls for cls, shown in _CLASS_NAMES.items() if shown == said), None)
