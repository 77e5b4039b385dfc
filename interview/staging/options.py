"""What is left to try: evidence-based options not yet adequately tried, for discussion only."""

from __future__ import annotations

from interview.record.missing import Missing
from interview.record.psychotherapy import Modality
from interview.record.values import DrugClass, IptArea, RyffBalance, Strategy, YesNo
from interview.staging.evidence import Evidence
from interview.staging.results import Option

_THERAPIES = (
    (Modality.CBT, "cognitive behavioural therapy (CBT)", "ATHF-SF list [W11]"),
    (Modality.BEHAVIOURAL_ACTIVATION, "behavioural activation", "ATHF-SF list [W11]"),
    (Modality.PROBLEM_SOLVING, "problem-solving therapy", "ATHF-SF list [W11]"),
)


def _tried_adequately(ev: Evidence, modality: Modality) -> bool:
    return any(p.modality is modality and p.conway_adequate is True for p in ev.psys)


def _psychotherapy(ev: Evidence) -> list[Option]:
    options = []
    if not any(p.conway_adequate is True for p in ev.psys):
        options.append(
            Option(
                label="an adequate trial of an evidence-based psychotherapy",
                reason="none adequate recorded (≥8 sessions of an evidence-based therapy)",
                source="[S-MK]; Conway 2017",
            )
        )
    areas = ev.record.interpersonal.problem_areas
    if not isinstance(areas, Missing) and areas and not _tried_adequately(ev, Modality.IPT):
        names = ", ".join(IptArea(a).value for a in areas)
        options.append(
            Option(
                label="interpersonal psychotherapy (IPT)",
                reason=f"IPT problem areas present: {names}",
                source="clinical-rules §11; [S-MK]",
            )
        )
    for modality, label, source in _THERAPIES:
        if not _tried_adequately(ev, modality):
            options.append(Option(label=label, reason="not yet adequately tried", source=source))
    weeks = ev.record.current_episode.duration_weeks
    if not isinstance(weeks, Missing) and weeks > 104 and not _tried_adequately(ev, Modality.CBASP):
        options.append(
            Option(
                label="CBASP",
                reason="chronic episode (>2 years)",
                source="🛠 our suggestion (CBASP targets chronic depression)",
                derived=True,
            )
        )
    if len(ev.record.earlier_episodes) >= 2 and not _tried_adequately(ev, Modality.MBCT):
        options.append(
            Option(
                label="MBCT",
                reason="recurrent course (≥2 earlier episodes)",
                source="🛠 our suggestion (relapse prevention)",
                derived=True,
            )
        )
    return options


def _medication(ev: Evidence) -> list[Option]:
    tried = {m.drug_class for m in ev.meds if m.adequate is True}
    options = [
        Option(
            label=f"an adequate {name} trial",
            reason="not yet adequately tried",
            source="Thase & Rush ladder [W1]",
        )
        for cls, name in ((DrugClass.TCA, "TCA"), (DrugClass.MAOI, "MAOI"))
        if cls not in tried
    ]
    augmented = any(t.strategy is Strategy.AUGMENTATION for t in ev.record.medication_trials)
    if not augmented:
        options.append(
            Option(
                label="augmentation (e.g. lithium)",
                reason="no augmentation recorded",
                source="ESM CRD includes augmentation [S-GF]; ATHF [R1]",
            )
        )
    if not any(s.is_ect and s.adequate is True for s in ev.somatic):
        options.append(
            Option(
                label="ECT",
                reason="no adequate ECT course recorded",
                source="Thase & Rush stage V [W1]; MGH-S [W2]",
            )
        )
    return options


def _context(ev: Evidence) -> list[Option]:
    record, options = ev.record, []
    ep = record.current_episode
    if ep.mood_improved is YesNo.YES and ep.residual_symptoms_impair_functioning is YesNo.YES:
        options.append(
            Option(
                label="sequential model: CBT for residual symptoms, then "
                "well-being therapy and lifestyle change (clinician only)",
                reason="partially remitted depression",
                source="[S-GF] Table 4",
            )
        )
    wb = record.well_being
    unbalanced = [n for n, v in vars(wb).items() if v is RyffBalance.LOW or v is RyffBalance.EXCESSIVE]
    if unbalanced:
        options.append(
            Option(
                label="well-being therapy",
                reason="unbalanced: " + ", ".join(unbalanced),
                source="[W28]; 🛠 our link",
                derived=True,
            )
        )
    life = record.lifestyle
    habits = [
        n
        for n in ("physically_inactive", "poor_sleep", "unhealthy_eating", "smoking", "drug_use")
        if getattr(life, n) is YesNo.YES
    ]
    if habits:
        options.append(
            Option(
                label="lifestyle change", reason=", ".join(habits), source="allostatic-load model [S-GF] §2.4"
            )
        )
    if record.comorbidity.untreated_comorbidity is YesNo.YES:
        options.append(
            Option(
                label="treat the comorbid condition",
                reason="untreated comorbidity",
                source="[S-GF] Fig. 1; [S-PN]",
            )
        )
    return options


def left_to_try(ev: Evidence) -> list[Option]:
    """Options not yet adequately tried, derived from the record; never a prescription."""
    return [*_psychotherapy(ev), *_medication(ev), *_context(ev)]
