"""Treatments as people name them: "interpersonal psychotherapy (IPT)", never the record's code "ipt"."""

from __future__ import annotations

from interview.report.values import words
from interview.staging.results import TrialVerdict

THERAPY_NAMES = {
    "cbt": "cognitive behavioural therapy (CBT)",
    "ipt": "interpersonal psychotherapy (IPT)",
    "cbasp": "CBASP (a talking therapy for long-lasting depression)",
    "mbct": "mindfulness-based cognitive therapy (MBCT)",
    "behavioural_activation": "behavioural activation",
    "problem_solving": "problem-solving therapy",
    "short_term_psychodynamic": "short-term psychodynamic therapy",
    "well_being_therapy": "well-being therapy",
    "supportive": "supportive therapy",
    "counselling": "counselling",
}


def trial_name(v: TrialVerdict) -> str:
    """A treatment as the patient knows it: "escitalopram 20 mg/d", "cognitive behavioural therapy"."""
    if v.kind == "psychotherapy":
        return THERAPY_NAMES.get(v.label, words(v.label))
    return v.label.upper() if v.label == "ect" else v.label
