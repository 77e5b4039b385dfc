"""The safety flow's pure parts: C-SSRS triage, risk cues in free text, crisis contacts, alert wording.

`interview.safety.state` (the alert state of a session's events) is imported on its own: it reads the
engine's events, and the engine imports the rest of this package.
"""

from interview.safety.contacts import CrisisContacts, load_contacts
from interview.safety.cues import find_cues
from interview.safety.scan import Cue, Denial, RiskScan, scan_risk
from interview.safety.triage import Triage, triage

__all__ = [
    "CrisisContacts",
    "Cue",
    "Denial",
    "RiskScan",
    "Triage",
    "find_cues",
    "load_contacts",
    "scan_risk",
    "triage",
]
