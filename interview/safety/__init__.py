"""The safety flow's pure parts: C-SSRS triage, risk cues in free text, crisis contacts, alert wording,
and the alerts an interview's events raise (`alerts`, `state`); below the engine, which drives them."""

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
