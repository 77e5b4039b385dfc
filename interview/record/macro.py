"""The clinician's and patient's macro-analysis decisions, kept in the record with the answers.

The interview reads the proposed links back and the person confirms, removes or adds them, and
the patient states priorities (clinical-rules §12). The analysis (interview.macro_analysis) reads
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


class LinkRef(RecordModel):
    """A link named by its two ends (problem-area ids), for confirming or removing it."""

    from_area: str
    """The area the link starts from."""
    to_area: str
    """The area it influences."""


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
    added: list[AddedLink] = Field(default_factory=list)
    """Links added by the clinician."""
    priorities: list[str] = Field(default_factory=list)
    """Area ids in the patient's order; when given, replaces priorities matched from the record."""
