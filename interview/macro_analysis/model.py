"""The macro-analysis models: problem areas, links between them, decisions and the target hierarchy.

The data model is our own proposal (clinical-rules §12, 🛠 DERIVED), not a published one; every
output that shows it says so.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from interview.record.macro import Checker, LinkKind

DERIVED_NOTE = (
    "The data model, the proposed links and the order of targets are our own proposal "
    "(clinical-rules §12, 🛠 derived), not a published algorithm: a suggestion for the clinician "
    "and the patient to correct, never a decision."
)


class Domain(StrEnum):
    """The domains of problem areas ([S-GF] Table 2 and §3, clinical-rules §12 point 7)."""

    SYMPTOM = "symptom/syndrome"
    STRESS = "allostatic load/stressor"
    LIFESTYLE = "lifestyle"
    ILLNESS_BEHAVIOUR = "illness behaviour"
    WELL_BEING = "well-being"
    INTERPERSONAL = "family/interpersonal"
    MEDICAL = "medical comorbidity"
    IATROGENIC = "iatrogenic/behavioural toxicity"


class Urgency(StrEnum):
    """How soon an area needs attention; safety decides 'emergency' and 'urgent' (§14)."""

    ROUTINE = "routine"
    SOON = "soon"
    URGENT = "urgent"
    EMERGENCY = "emergency"

    @property
    def rank(self) -> int:
        """0 routine ... 3 emergency."""
        return list(Urgency).index(self)


class Confidence(StrEnum):
    """Where a link stands: proposed by a rule until it is read back, then confirmed or changed
    (by whom: `Link.checked_by`), or added by the clinician."""

    PROPOSED = "proposed by rule"
    CONFIRMED = "confirmed"
    CHANGED = "changed in the interview"
    ADDED = "added by clinician"


_CHECKERS = {
    Checker.PATIENT: "the patient",
    Checker.CLINICIAN: "the clinician",
    Checker.BOTH: "the patient and the clinician",
}


class Placement(StrEnum):
    """Where an area sits in the hierarchy of treatment targets."""

    PRIMARY = "primary"
    SECONDARY = "secondary"
    TO_DISCUSS = "to discuss"


class MacroModel(BaseModel):
    """Base of the macro-analysis models: a misspelt key is an error."""

    model_config = ConfigDict(extra="forbid")


class ProblemArea(MacroModel):
    """One problem area, with the record fields that led to it."""

    id: str
    label: str
    plain: str = ""
    """The area in the patient's words ("poor sleep"), as the interview reads it out."""
    domain: Domain
    severity: int | None = Field(default=None, ge=0, le=3)
    """0-3, or None when the record does not tell."""
    burden: int | None = Field(default=None, ge=0, le=3)
    """0-3 burden to the patient, as the patient rated it; None when not asked or skipped."""
    impairment: int | None = Field(default=None, ge=0, le=3)
    """0-3 impairment, or None when unknown."""
    urgency: Urgency = Urgency.ROUTINE
    urgency_reason: str = "no reason for haste found in the record"
    treatment_available: bool = True
    treatments: list[str] = Field(default_factory=list)
    """Treatment tools for this area that the patient has not ruled out."""
    patient_priority: int | None = None
    """1 = the patient's first priority; None when the patient did not name it."""
    evidence: list[str] = Field(default_factory=list)
    """'record.path = value' for every field that led to this area."""
    notes: list[str] = Field(default_factory=list)

    @property
    def weight(self) -> int | None:
        """Severity x burden x impairment over the known factors; None when none is known."""
        known = [v for v in (self.severity, self.burden, self.impairment) if v is not None]
        if not known:
            return None
        product = 1
        for value in known:
            product *= value
        return product


class Link(MacroModel):
    """A directed functional link: from_area influences to_area."""

    from_area: str
    to_area: str
    kind: LinkKind
    rationale: str
    source: str
    derived: bool = True
    rule_id: str | None = None
    confidence: Confidence = Confidence.PROPOSED
    checked_by: Checker | None = None
    """Who confirmed or changed it in the interview (None: not read back, or not recorded)."""

    @property
    def status(self) -> str:
        """Where the link stands and who checked it, in words ("confirmed by the patient")."""
        if self.confidence in (Confidence.PROPOSED, Confidence.ADDED):
            return self.confidence.value
        verb = "confirmed" if self.confidence is Confidence.CONFIRMED else "changed"
        who = _CHECKERS.get(self.checked_by) if self.checked_by is not None else None
        return f"{verb} by {who}" if who else f"{verb} (who checked it was not recorded)"


class Target(MacroModel):
    """One position in the hierarchy of treatment targets, with the reason for it."""

    position: int
    area_id: str
    label: str
    placement: Placement
    reasons: list[str]


class MacroAnalysis(MacroModel):
    """Problem areas, their links, and the suggested hierarchy of treatment targets."""

    case_label: str | None
    areas: list[ProblemArea]
    links: list[Link]
    removed_links: list[Link] = Field(default_factory=list)
    hierarchy: list[Target]
    summary: str
    notes: list[str] = Field(default_factory=list)
    derived_note: str = DERIVED_NOTE

    def area(self, area_id: str) -> ProblemArea:
        """The area with this id."""
        return next(area for area in self.areas if area.id == area_id)

    def has_link(self, from_area: str, to_area: str) -> bool:
        """True when a link from_area -> to_area is in the graph."""
        return any(link.from_area == from_area and link.to_area == to_area for link in self.links)
