"""The one adapter between answer understanding and risk detection: a line in, cues and denials out."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from interview.safety.scan import scan_risk


@dataclass(frozen=True)
class CueScan:
    """What a risk scan found in one line.

    Attributes:
        cues: Risk statements found, each as a dict (phrase, matched words, category, span).
        denials: Denials recognised ("I'm not suicidal", "denies SI"), each as a dict (phrase,
            matched words, category, the negation, span).
        truncated: Whether the line was longer than the scan reads (only its start was scanned).
    """

    cues: list[dict[str, object]] = field(default_factory=list)
    denials: list[dict[str, object]] = field(default_factory=list)
    truncated: bool = False


def scan_for_risk(text: str) -> CueScan:
    """Scan one typed line for risk cues and denials (interview.safety.scan_risk, the engine's scan).

    The only place `interview try` and the public API call the risk scan.
    """
    scan = scan_risk(text)
    return CueScan(
        cues=[asdict(cue) for cue in scan.cues],
        denials=[asdict(denial) for denial in scan.denials],
        truncated=scan.truncated,
    )
