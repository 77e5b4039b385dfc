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


SOMATIC_NAMES = {"ect": "ECT"}
"""An unnamed somatic course by its kind's code; other kinds are shown as recorded."""


def trial_name(v: TrialVerdict) -> str:
    """A treatment as the patient knows it: "escitalopram 20 mg/d", "cognitive behavioural therapy".

    Chosen by the verdict's treatment code, never by its label's wording.
    """
    if v.kind == "psychotherapy":
        return THERAPY_NAMES[v.treatment] if v.treatment in THERAPY_NAMES else words(v.label)
    if v.kind == "somatic" and v.label == v.treatment:  # an unnamed course is labelled by its code
        return SOMATIC_NAMES.get(v.treatment, v.label)
    return v.label
