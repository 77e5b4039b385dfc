"""The clinician's and patient's macro-analysis decisions, kept in the record with the answers.

The interview asks the patient how much each problem area troubles them and gets in the way, reads
the strongest proposed links back one at a time (each confirmed, changed or removed, and by whom),
and the patient states priorities (clinical-rules §12). The analysis (interview.macro_analysis) reads
these from `ClinicalRecord.macro_decisions`.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from interview.record.base import RecordModel


class LinkKind(StrEnum):
    """How one area influences another; an edge always reads 'from influences to'."""

    CAUSES_MAINTAINS = "causes/maintains"
    WORSENS = "worsens"
    CONSEQUENCE = "is a consequence of"

    @property
    def arrow(self) -> str:
        """The label on an arrow drawn from_area -> to_area (a consequence reads 'leads to')."""
        return "leads to (consequence)" if self is LinkKind.CONSEQUENCE else self.value

    def sentence(self, from_label: str, to_label: str) -> str:
        """The link as a plain sentence."""
        if self is LinkKind.CONSEQUENCE:
            return f"{to_label} is a consequence of {from_label}"
        if self is LinkKind.WORSENS:
            return f"{from_label} worsens {to_label}"
        return f"{from_label} causes or maintains {to_label}"

    def plain_sentence(self, from_words: str, to_words: str) -> str:
        """The link in the patient's words, as a tentative sentence ("Poor sleep seems to make your
        low mood worse"); the words are the areas' plain names, as they read mid-sentence."""
        if self is LinkKind.CONSEQUENCE:
            text = f"{to_words} seems to follow from {from_words}"
        elif self is LinkKind.WORSENS:
            text = f"{from_words} seems to make {to_words} worse"
        else:
            text = f"{from_words} seems to bring on or keep up {to_words}"
        return text[:1].upper() + text[1:]


class Checker(StrEnum):
    """Who checked a link read back in the interview."""

    PATIENT = "patient"
    CLINICIAN = "clinician"
    BOTH = "both"


class LinkRef(RecordModel):
    """A link named by its two ends (problem-area ids), for confirming or removing it."""

    from_area: str
    """The area the link starts from."""
    to_area: str
    """The area it influences."""
    by: Checker | None = None
    """Who confirmed or removed it; None in records made before the interview asked (or not said)."""


class ChangedLink(RecordModel):
    """A proposed link read back and corrected: its kind, its direction, or both."""

    from_area: str
    """The proposed link's start, as proposed."""
    to_area: str
    """The proposed link's end, as proposed."""
    kind: LinkKind | None = None
    """How it influences, as corrected; None when only its direction was corrected."""
    reversed: bool = False
    """True when the person said it runs the other way (to_area influences from_area)."""
    by: Checker | None = None
    """Who made the correction."""


class AreaRating(RecordModel):
    """The patient's own rating of one problem area: how much it troubles them, how much it impairs."""

    area: str
    """The problem-area id."""
    burden: int | None = Field(default=None, ge=0, le=3)
    """0 not at all ... 3 a great deal; None when not asked or skipped."""
    impairment: int | None = Field(default=None, ge=0, le=3)
    """How much it gets in the way of work, home and relationships, 0-3; None when unknown."""


class AddedLink(RecordModel):
    """A link the clinician adds in the interview."""

    from_area: str
    """The area the link starts from."""
    to_area: str
    """The area it influences."""
    kind: LinkKind = LinkKind.CAUSES_MAINTAINS
    """How it influences it."""
    rationale: str = "added by the clinician in the interview"
    """Why, in the clinician's words."""


class LinkDecisions(RecordModel):
    """The corrections to the proposed links, and the patient's priorities among the areas."""

    confirmed: list[LinkRef] = Field(default_factory=list)
    """Proposed links read back and confirmed."""
    removed: list[LinkRef] = Field(default_factory=list)
    """Proposed links read back and removed."""
    changed: list[ChangedLink] = Field(default_factory=list)
    """Proposed links read back and corrected (kind or direction)."""
    added: list[AddedLink] = Field(default_factory=list)
    """Links added by the clinician."""
    ratings: list[AreaRating] = Field(default_factory=list)
    """The patient's burden and impairment rating of each area asked about."""
    priorities: list[str] = Field(default_factory=list)
    """Area ids in the patient's order; when given, replaces priorities matched from the record."""
