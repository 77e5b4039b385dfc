"""The options' stable ids, their labels, their words for the patient, and the words that say a patient
would rather avoid one.

Programs and reports decide by an option's id (OptionId), never by its label: a label is for people
and may be reworded.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from interview.record.psychotherapy import Modality


class OptionId(StrEnum):
    """The stable id of each option that can be left to try (the staging schema's `left_to_try[].id`)."""

    MISDIAGNOSIS_REVIEW = "misdiagnosis_review"
    DRUG_HISTORY_REVIEW = "drug_history_review"
    SEQUENTIAL = "sequential_model"
    COMBINE_WITH_ANTIDEPRESSANT = "add_antidepressant"
    COMBINE_WITH_PSYCHOTHERAPY = "add_psychotherapy"
    FIRST_ANTIDEPRESSANT = "first_antidepressant"
    IPT = "ipt"
    CBASP = "cbasp"
    CBT = "cbt"
    BEHAVIOURAL_ACTIVATION = "behavioural_activation"
    MBCT = "mbct"
    TCA = "tca"
    MAOI = "maoi"
    AUGMENTATION = "augmentation"
    ECT = "ect"
    WELL_BEING_THERAPY = "well_being_therapy"
    LIFESTYLE = "lifestyle"
    TREAT_COMORBIDITY = "treat_comorbidity"
    LEFT_OUT = "left_out"


LABELS: dict[OptionId, str] = {
    OptionId.MISDIAGNOSIS_REVIEW: "review the diagnosis: possible bipolar illness",
    OptionId.DRUG_HISTORY_REVIEW: "psychotherapy and a review of the drug history first",
    OptionId.SEQUENTIAL: "sequential model: CBT for residual symptoms, then well-being therapy and "
    "lifestyle change, with slow tapering under supervision",
    OptionId.COMBINE_WITH_ANTIDEPRESSANT: "adding an antidepressant to the psychotherapy",
    OptionId.COMBINE_WITH_PSYCHOTHERAPY: "adding an evidence-based psychotherapy to the antidepressant",
    OptionId.FIRST_ANTIDEPRESSANT: "a first adequate antidepressant trial",
    OptionId.IPT: "interpersonal psychotherapy (IPT)",
    OptionId.CBASP: "CBASP",
    OptionId.CBT: "cognitive behavioural therapy (CBT)",
    OptionId.BEHAVIOURAL_ACTIVATION: "behavioural activation",
    OptionId.MBCT: "mindfulness-based cognitive therapy (MBCT)",
    OptionId.TCA: "an adequate TCA trial",
    OptionId.MAOI: "an adequate MAOI trial",
    OptionId.AUGMENTATION: "augmentation (e.g. lithium)",
    OptionId.ECT: "ECT",
    OptionId.WELL_BEING_THERAPY: "well-being therapy",
    OptionId.LIFESTYLE: "lifestyle change",
    OptionId.TREAT_COMORBIDITY: "treat the comorbid condition",
    OptionId.LEFT_OUT: "left out at the patient's wish",
}
"""Each option's label, for people (the clinician report and the staging Markdown)."""

_SUPPORT = "2025 meta-analysis of psychotherapy for TRD [S-BL]; Markowitz et al. 2022 [S-MK]"
THERAPIES: tuple[tuple[Modality, OptionId, str], ...] = (
    (Modality.IPT, OptionId.IPT, f"{_SUPPORT}; clinical-rules §11"),
    (Modality.CBASP, OptionId.CBASP, _SUPPORT),
    (Modality.CBT, OptionId.CBT, _SUPPORT),
    (Modality.BEHAVIOURAL_ACTIVATION, OptionId.BEHAVIOURAL_ACTIVATION, _SUPPORT),
    (Modality.MBCT, OptionId.MBCT, _SUPPORT),
)
"""The evidence-based psychotherapies offered where none was adequate, each where the record fits it."""

THERAPY_NAMES: dict[Modality, str] = {
    **{modality: LABELS[option] for modality, option, _ in THERAPIES},
    Modality.PROBLEM_SOLVING: "problem-solving therapy",
    Modality.SHORT_TERM_PSYCHODYNAMIC: "short-term psychodynamic therapy",
    Modality.WELL_BEING_THERAPY: "well-being therapy",
    Modality.SUPPORTIVE: "supportive therapy",
    Modality.COUNSELLING: "counselling",
    Modality.OTHER: "another psychotherapy",
}
"""Each psychotherapy in words, for reasons and reports (the record stores codes such as 'ipt')."""

PATIENT_WORDS: dict[OptionId, str | None] = {
    OptionId.MISDIAGNOSIS_REVIEW: "Looking again, with your clinician, at the diagnosis and at how your "
    "mood has gone up as well as down, before any change of medicine",
    OptionId.DRUG_HISTORY_REVIEW: "A talking therapy, and a careful look with your clinician at how each "
    "medicine was started, changed and stopped, before any new medicine",
    OptionId.SEQUENTIAL: None,  # tapering is for the clinician to discuss (clinical-rules §13, Table 4)
    OptionId.COMBINE_WITH_ANTIDEPRESSANT: "Adding an antidepressant medicine to the talking therapy",
    OptionId.COMBINE_WITH_PSYCHOTHERAPY: "Adding a talking therapy with good evidence for depression to "
    "your medicine",
    OptionId.FIRST_ANTIDEPRESSANT: "A first full course of an antidepressant medicine, at a full dose for "
    "long enough",
    OptionId.TCA: "Another kind of antidepressant medicine that has not yet been given a full trial",
    OptionId.MAOI: "Another kind of antidepressant medicine that has not yet been given a full trial",
    OptionId.AUGMENTATION: "Adding a second medicine to an antidepressant (for example lithium)",
    OptionId.ECT: "ECT, a treatment given in hospital for depression that has not lifted with medicines",
    OptionId.WELL_BEING_THERAPY: "Well-being therapy, which builds on what is going well",
    OptionId.LIFESTYLE: "Changes to daily habits, such as activity, sleep and eating, with support",
    OptionId.TREAT_COMORBIDITY: "Treating another health problem that may be keeping the depression going",
    OptionId.LEFT_OUT: None,  # the patient report says in its own words that their wishes are respected
    OptionId.IPT: "Interpersonal psychotherapy (IPT), which works on relationships and life changes",
    OptionId.CBASP: "CBASP, a talking therapy designed for depression that has lasted a long time",
    OptionId.CBT: "Cognitive behavioural therapy (CBT)",
    OptionId.BEHAVIOURAL_ACTIVATION: "Behavioural activation: step by step, getting back to things that "
    "matter to you",
    OptionId.MBCT: "Mindfulness-based cognitive therapy (MBCT), which helps keep depression from coming back",
}
"""Each option in words a patient reads; None for options shown to the clinician only."""

_MEDICINE = ("medication", "medicine", "antidepressant", "pills", "tablets", "drugs")
_AVOID_WORDS: dict[OptionId, tuple[str, ...]] = {
    OptionId.ECT: ("ect", "electroconvulsive", "shock", "brain stimulation"),
    OptionId.AUGMENTATION: ("lithium", "augment", "antipsychotic", "second medicine", *_MEDICINE),
    OptionId.TCA: (
        "tca",
        "tricyclic",
        "amitriptyline",
        "nortriptyline",
        "clomipramine",
        "imipramine",
        *_MEDICINE,
    ),
    OptionId.MAOI: ("maoi", "phenelzine", "tranylcypromine", "moclobemide", *_MEDICINE),
    OptionId.FIRST_ANTIDEPRESSANT: _MEDICINE,
    OptionId.COMBINE_WITH_ANTIDEPRESSANT: _MEDICINE,
    OptionId.CBT: ("cbt", "cognitive"),
    OptionId.BEHAVIOURAL_ACTIVATION: ("behavioural activation",),
    OptionId.IPT: ("ipt", "interpersonal"),
    OptionId.CBASP: ("cbasp",),
    OptionId.MBCT: ("mbct", "mindfulness"),
}


def avoided(option: OptionId, wishes: Iterable[str]) -> bool:
    """Whether the patient said they would rather avoid this option (whole words, any case)."""
    keys = _AVOID_WORDS.get(option, ())
    for wish in wishes:
        padded = f" {' '.join(wish.lower().replace(',', ' ').split())} "
        if any(f" {key}" in padded for key in keys):
            return True
    return False
