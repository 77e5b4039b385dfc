"""The one adapter between answer understanding and risk detection: a line in, cues and denials out."""

from __future__ import annotations

from dataclasses import dataclass, field

from interview.safety.cues import find_cues


@dataclass(frozen=True)
class CueScan:
    """What a risk scan found in one line.

    Attributes:
        cues: Risk phrases found, each as {"phrase": the listed phrase, "matched": the words typed}.
        denials: Denials recognised ("I'm not suicidal"); today's phrase scan recognises none.
    """

    cues: list[dict[str, str]] = field(default_factory=list)
    denials: list[dict[str, str]] = field(default_factory=list)


def scan_for_risk(text: str) -> CueScan:
    """Scan one typed line for risk cues (and denials, once the scan reports them).

    The only place `interview try` and the public API call the risk scan, so a richer scan plugs in
    here without touching anything else.
    """
    return CueScan(cues=[{"phrase": cue.phrase, "matched": cue.matched} for cue in find_cues(text)])
