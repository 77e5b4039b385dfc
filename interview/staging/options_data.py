"""The options' labels, their words for the patient, and the words that say a patient would rather avoid one.

Labels are stable: reports look them up here (PATIENT_WORDS) rather than matching English text.
"""

from __future__ import annotations

from collections.abc import Iterable

from interview.record.psychotherapy import Modality

MISDIAGNOSIS_REVIEW = "review the diagnosis: possible bipolar illness"
DRUG_HISTORY_REVIEW = "psychotherapy and a review of the drug history first"
SEQUENTIAL = (
    "sequential model: CBT for residual symptoms, then well-being therapy and lifestyle change, "
    "with slow tapering under supervision"
)
COMBINE_WITH_ANTIDEPRESSANT = "adding an antidepressant to the psychotherapy"
COMBINE_WITH_PSYCHOTHERAPY = "adding an evidence-based psychotherapy to the antidepressant"
FIRST_ANTIDEPRESSANT = "a first adequate antidepressant trial"
TCA = "an adequate TCA trial"
MAOI = "an adequate MAOI trial"
AUGMENTATION = "augmentation (e.g. lithium)"
ECT = "ECT"
WELL_BEING_THERAPY = "well-being therapy"
LIFESTYLE = "lifestyle change"
TREAT_COMORBIDITY = "treat the comorbid condition"
LEFT_OUT = "left out at the patient's wish"

_SUPPORT = "2025 meta-analysis of psychotherapy for TRD [S-BL]; Markowitz et al. 2022 [S-MK]"
THERAPIES: tuple[tuple[Modality, str, str], ...] = (
    (Modality.IPT, "interpersonal psychotherapy (IPT)", f"{_SUPPORT}; clinical-rules §11"),
    (Modality.CBASP, "CBASP", _SUPPORT),
    (Modality.CBT, "cognitive behavioural therapy (CBT)", _SUPPORT),
    (Modality.BEHAVIOURAL_ACTIVATION, "behavioural activation", _SUPPORT),
    (Modality.MBCT, "mindfulness-based cognitive therapy (MBCT)", _SUPPORT),
)
"""The evidence-based psychotherapies offered where none was adequate, each where the record fits it."""

THERAPY_NAMES: dict[Modality, str] = {
    **{modality: label for modality, label, _ in THERAPIES},
    Modality.PROBLEM_SOLVING: "problem-solving therapy",
    Modality.SHORT_TERM_PSYCHODYNAMIC: "short-term psychodynamic therapy",
    Modality.WELL_BEING_THERAPY: "well-being therapy",
    Modality.SUPPORTIVE: "supportive therapy",
    Modality.COUNSELLING: "counselling",
    Modality.OTHER: "another psychotherapy",
}
"""Each psychotherapy in words, for reasons and reports (the record stores codes such as 'ipt')."""

PATIENT_WORDS: dict[str, str | None] = {
    MISDIAGNOSIS_REVIEW: "Looking again, with your clinician, at the diagnosis and at how your mood "
    "has gone up as well as down, before any change of medicine",
    DRUG_HISTORY_REVIEW: "A talking therapy, and a careful look with your clinician at how each medicine "
    "was started, changed and stopped, before any new medicine",
    SEQUENTIAL: None,  # tapering is for the clinician to discuss (clinical-rules §13, Table 4)
    COMBINE_WITH_ANTIDEPRESSANT: "Adding an antidepressant medicine to the talking therapy",
    COMBINE_WITH_PSYCHOTHERAPY: "Adding a talking therapy with good evidence for depression to your medicine",
    FIRST_ANTIDEPRESSANT: "A first full course of an antidepressant medicine, at a full dose for long enough",
    TCA: "Another kind of antidepressant medicine that has not yet been given a full trial",
    MAOI: "Another kind of antidepressant medicine that has not yet been given a full trial",
    AUGMENTATION: "Adding a second medicine to an antidepressant (for example lithium)",
    ECT: "ECT, a treatment given in hospital for depression that has not lifted with medicines",
    WELL_BEING_THERAPY: "Well-being therapy, which builds on what is going well",
    LIFESTYLE: "Changes to daily habits, such as activity, sleep and eating, with support",
    TREAT_COMORBIDITY: "Treating another health problem that may be keeping the depression going",
    LEFT_OUT: None,  # the patient report says in its own words that their wishes are respected
    "interpersonal psychotherapy (IPT)": "Interpersonal psychotherapy (IPT), which works on "
    "relationships and life changes",
    "CBASP": "CBASP, a talking therapy designed for depression that has lasted a long time",
    "cognitive behavioural therapy (CBT)": "Cognitive behavioural therapy (CBT)",
    "behavioural activation": "Behavioural activation: step by step, getting back to things that "
    "matter to you",
    "mindfulness-based cognitive therapy (MBCT)": "Mindfulness-based cognitive therapy (MBCT), which helps "
    "keep depression from coming back",
}
"""Each option in words a patient reads; None for options shown to the clinician only."""

_MEDICINE = ("medication", "medicine", "antidepressant", "pills", "tablets", "drugs")
_AVOID_WORDS: dict[str, tuple[str, ...]] = {
    ECT: ("ect", "electroconvulsive", "shock", "brain stimulation"),
    AUGMENTATION: ("lithium", "augment", "antipsychotic", "second medicine", *_MEDICINE),
    TCA: ("tca", "tricyclic", "amitriptyline", "nortriptyline", "clomipramine", "imipramine", *_MEDICINE),
    MAOI: ("maoi", "phenelzine", "tranylcypromine", "moclobemide", *_MEDICINE),
    FIRST_ANTIDEPRESSANT: _MEDICINE,
    COMBINE_WITH_ANTIDEPRESSANT: _MEDICINE,
    "cognitive behavioural therapy (CBT)": ("cbt", "cognitive"),
    "behavioural activation": ("behavioural activation",),
    "interpersonal psychotherapy (IPT)": ("ipt", "interpersonal"),
    "CBASP": ("cbasp",),
    "mindfulness-based cognitive therapy (MBCT)": ("mbct", "mindfulness"),
}


def avoided(label: str, wishes: Iterable[str]) -> bool:
    """Whether the patient said they would rather avoid this option (whole words, any case)."""
    keys = _AVOID_WORDS.get(label, ())
    for wish in wishes:
        padded = f" {' '.join(wish.lower().replace(',', ' ').split())} "
        if any(f" {key}" in padded for key in keys):
            return True
    return False
