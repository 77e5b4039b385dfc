"""Macro-analysis: linked problem areas and the suggested hierarchy of treatment targets (§12)."""

from interview.macro_analysis.analysis import FORMATS, Format, analyze, render
from interview.macro_analysis.model import (
    Confidence,
    Domain,
    Link,
    MacroAnalysis,
    Placement,
    ProblemArea,
    Target,
    Urgency,
)
from interview.record.macro import AddedLink, LinkDecisions, LinkKind, LinkRef

__all__ = [
    "FORMATS",
    "AddedLink",
    "Confidence",
    "Domain",
    "Format",
    "Link",
    "LinkDecisions",
    "LinkKind",
    "LinkRef",
    "MacroAnalysis",
    "Placement",
    "ProblemArea",
    "Target",
    "Urgency",
    "analyze",
    "render",
]
