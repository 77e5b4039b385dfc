"""Patient-facing wording: phrases a patient report must never contain, and a check for them.

Being told one has "TRD" can deepen helplessness ([S-GF]); the treatments fell short, never the
patient ([S-MK]); prefer "difficult-to-treat" and "not yet remitted" ([S-PN]).
"""

from __future__ import annotations

import re

FORBIDDEN = (
    r"treatment[- ]resistant",
    r"\bresistan(?:t|ce)\b",
    r"pseudo-resistance",
    r"\brefractor(?:y|iness)\b",
    r"\buntreatable\b",
    r"\bhopeless case\b",
    r"\bnon-?responder\b",
    r"\byou (?:have )?failed\b",
    r"\bfailed you\b",
    r"\byour failure\b",
    r"\bfail(?:ed|ure|s)?\b",
    r"\bTRD\b",
)
"""Patterns (case-insensitive) that must not appear in text written for the patient."""

_PATTERN = re.compile("|".join(f"(?:{p})" for p in FORBIDDEN), re.IGNORECASE)


def forbidden_phrases(text: str) -> list[str]:
    """Every forbidden phrase found in text, as written there."""
    return [match.group(0) for match in _PATTERN.finditer(text)]
