"""Risk cues in free text: the cues of `scan_risk` (denials left out), for callers that want only them."""

from __future__ import annotations

from interview.safety.lexicon import Lexicon
from interview.safety.scan import Cue, scan_risk

__all__ = ["Cue", "find_cues"]


def find_cues(text: str, lexicon: Lexicon | None = None) -> list[Cue]:
    """Every risk cue in `text`, in order of appearance (none for ordinary text or a denial)."""
    return list(scan_risk(text, lexicon).cues)
