"""What is left to try: an individual list that follows the record, each option with its reason and source.

For discussion only, never a prescription. The order is the plan's: what must be reviewed first
(a possible bipolar illness; loss of effect or re-challenge failure), then what the record points
to (the sequential model for partial remission, psychotherapy where none was adequate, the
combination of the two kinds of treatment), then the drug ladder, then the context. The patient's
preferences shape it: what they would rather avoid is left out (and said so), and when they are
not open to a medication change the drug options move to the end.
"""

from __future__ import annotations

from dataclasses import dataclass

from interview.record.missing import Missing
from interview.record.psychotherapy import Modality
from interview.record.values import DrugClass, IptArea, RyffBalance, Strategy, YesNo
from interview.staging.evidence import Evidence
from interview.staging.options_data import LABELS, THERAPIES, THERAPY_NAMES, OptionId, avoided
from interview.staging.results import Option
from interview.staging.tristate import all_of, yes

_BIPOLAR_CAUTION = (
    "; caution: bipolar features recorded, and switching or augmentation may propel the illness into a "
    "refractory phase ([S-GF] §3): review the diagnosis first"
)
_NOT_OPEN = "; the patient is not open to a medication change now: for discussion only"


@dataclass(frozen=True, slots=True)
class _Facts:
    """What in the record decides the list."""

    bipolar: bool
    medication_closed: bool
    lost_or_rechallenge: list[str]
    partial: bool
    adequate_psychotherapy: bool
    failed_psychotherapy: list[str]
    antidepressant_trials: bool
    failed_antidepressants: int
    """Distinct drugs that possibly failed an adequate trial."""


def _facts(ev: Evidence) -> _Facts:
    record = ev.record
    switch = any(yes(t.behavioural_toxicity.switch_to_hypomania_or_mania) for t in record.medication_trials)
    ep = record.current_episode
    lost = [m.label for m in ev.meds if m.lost_effect is True or all_of((m.rechallenge, m.failed)) is True]
    return _Facts(
        bipolar=record.comorbidity.bipolar_features is YesNo.YES or switch,
        medication_closed=record.preferences.open_to_medication_change is YesNo.NO,
        lost_or_rechallenge=lost,
        partial=ep.mood_improved is YesNo.YES and ep.residual_symptoms_impair_functioning is YesNo.YES,
        adequate_psychotherapy=any(p.conway_adequate is True for p in ev.psys),
        failed_psychotherapy=[_therapy_name(p.modality) for p in ev.psys if p.counts_conway is True],
        antidepressant_trials=any(m.antidepressant is not False for m in ev.meds),
        failed_antidepressants=ev.failed_drugs[1],
    )


def _option(option: OptionId, reason: str, source: str, derived: bool = False) -> Option:
    return Option(id=option, label=LABELS[option], reason=reason, source=source, derived=derived)


def _therapy_name(modality: Modality | None) -> str:
    """A psychotherapy in words, never its record code ("ipt")."""
    if modality is None:
        return "a psychotherapy of unknown kind"
    return THERAPY_NAMES.get(modality, modality.value.replace("_", " "))


def _review_first(ev: Evidence, facts: _Facts) -> list[Option]:
    options = []
    if facts.bipolar:
        options.append(
            _option(
                OptionId.MISDIAGNOSIS_REVIEW,
                reason="bipolar features or a switch into hypomania recorded: a possible misdiagnosis "
                "(pseudo-resistance), and antidepressant escalation may worsen the course",
                source="Guidi & Fava §3 [S-GF]; Nierenberg & Amsterdam 1990 via [S-GF]",
            )
        )
    if facts.lost_or_rechallenge:
        options.append(
            _option(
                OptionId.DRUG_HISTORY_REVIEW,
                reason="loss of effect or re-challenge failure on "
                + ", ".join(facts.lost_or_rechallenge)
                + ": possible behavioural toxicity; psychotherapy comes before more drug changes",
                source="Guidi & Fava §2.1, §3 [S-GF]; Fava 2020 [W33]; Fava & Cosci 2019 [W34]",
            )
        )
    if facts.partial:
        options.append(
            _option(
                OptionId.SEQUENTIAL,
                reason="partially remitted depression: mood improved, residual symptoms impair functioning",
                source="[S-GF] Table 4 (clinician display only)",
            )
        )
    return options


def _therapy_fits(ev: Evidence, modality: Modality) -> str | None:
    """Why a psychotherapy fits this record ('' when it is a general option), None when it does not."""
    record = ev.record
    weeks = record.current_episode.duration_weeks
    areas = record.interpersonal.problem_areas
    match modality:
        case Modality.CBT:
            return (
                "residual symptoms"
                if record.current_episode.residual_symptoms_impair_functioning is YesNo.YES
                else ""
            )
        case Modality.BEHAVIOURAL_ACTIVATION:
            return "physically inactive" if record.lifestyle.physically_inactive is YesNo.YES else ""
        case Modality.CBASP:
            return (
                "chronic episode (more than 2 years)"
                if not isinstance(weeks, Missing) and weeks > 104
                else None
            )
        case Modality.MBCT:
            return (
                "recurrent course (2 or more earlier episodes)" if len(record.earlier_episodes) >= 2 else None
            )
        case Modality.IPT:
            if isinstance(areas, Missing) or not areas:
                return None
            return "interpersonal problem areas: " + ", ".join(
                IptArea(a).value.replace("_", " ") for a in areas
            )
    return ""


def _psychotherapies(ev: Evidence, facts: _Facts) -> list[Option]:
    if facts.adequate_psychotherapy and not facts.failed_psychotherapy:
        return []
    tried = {p.modality for p in ev.psys if p.conway_adequate is True}
    fitting: list[Option] = []
    general: list[Option] = []
    for modality, therapy, source in THERAPIES:
        fit = _therapy_fits(ev, modality)
        if modality in tried or fit is None:
            continue
        base = (
            "no adequate psychotherapy recorded yet" if not facts.adequate_psychotherapy else "not yet tried"
        )
        reason = f"{base}; fits: {fit}" if fit else base
        (fitting if fit else general).append(_option(therapy, reason=reason, source=source))
    options = [*fitting, *general]
    if ev.record.preferences.open_to_psychotherapy is YesNo.NO:
        for option in options:
            option.reason += "; the patient is not open to psychotherapy now: for discussion"
    return options


def _combinations(ev: Evidence, facts: _Facts) -> list[Option]:
    options = []
    if facts.failed_psychotherapy and facts.antidepressant_trials:  # else the first trial below
        options.append(
            _option(
                OptionId.COMBINE_WITH_ANTIDEPRESSANT,
                reason="no response after an adequate psychotherapy: "
                + ", ".join(facts.failed_psychotherapy),
                source="Markowitz et al. 2022 [S-MK]; Guidi & Fava §3 (c) [S-GF]",
            )
        )
    if facts.failed_antidepressants and not facts.adequate_psychotherapy:
        options.append(
            _option(
                OptionId.COMBINE_WITH_PSYCHOTHERAPY,
                reason="antidepressant trials without remission and no adequate psychotherapy yet",
                source="Markowitz et al. 2022 [S-MK]; 2025 meta-analysis [S-BL]",
            )
        )
    if not facts.antidepressant_trials:
        had = "only psychotherapy recorded" if ev.psys else "no treatment recorded"
        if facts.failed_psychotherapy:
            had += " (no response to " + ", ".join(facts.failed_psychotherapy) + "; the two can be combined)"
        options.append(
            _option(
                OptionId.FIRST_ANTIDEPRESSANT,
                reason=f"{had}: no antidepressant trial yet (dose and duration as the adequacy tables ask)",
                source="Thase & Rush stage 0 [W1]; ATHF [W14]",
            )
        )
    return options


def _drug_ladder(ev: Evidence, facts: _Facts) -> list[Option]:
    """Switches, augmentation and ECT: only after an antidepressant trial fell short."""
    if not facts.failed_antidepressants:
        return []
    tried = {m.drug_class for m in ev.meds if m.adequate is True}
    options = [
        _option(
            option,
            reason="not yet adequately tried after an adequate trial fell short",
            source="Thase & Rush ladder [W1]",
        )
        for cls, option in ((DrugClass.TCA, OptionId.TCA), (DrugClass.MAOI, OptionId.MAOI))
        if cls not in tried
    ]
    if not any(t.strategy is Strategy.AUGMENTATION for t in ev.record.medication_trials):
        options.append(
            _option(
                OptionId.AUGMENTATION,
                reason="no augmentation recorded",
                source="ESM CRD includes augmentation [S-GF]; ATHF [R1]",
            )
        )
    severe_or_psychotic = ev.record.current_episode.psychotic_features is YesNo.YES
    if (facts.failed_antidepressants >= 2 or severe_or_psychotic) and not any(
        s.is_ect and s.adequate is True for s in ev.somatic
    ):
        why = "psychotic features" if severe_or_psychotic else "2 or more antidepressants fell short"
        options.append(
            _option(
                OptionId.ECT,
                reason=f"{why}; no adequate ECT course recorded",
                source="Thase & Rush stage V [W1]; MGH-S [W2]",
            )
        )
    for option in options:
        option.reason += _BIPOLAR_CAUTION if facts.bipolar else ""
        option.reason += _NOT_OPEN if facts.medication_closed else ""
    return options


def _context(ev: Evidence) -> list[Option]:
    record, options = ev.record, []
    wb = record.well_being
    unbalanced = [n for n, v in vars(wb).items() if v is RyffBalance.LOW or v is RyffBalance.EXCESSIVE]
    if unbalanced:
        options.append(
            _option(
                OptionId.WELL_BEING_THERAPY,
                reason="unbalanced: " + ", ".join(n.replace("_", " ") for n in unbalanced),
                source="[W28]; 🛠 our link",
                derived=True,
            )
        )
    life = record.lifestyle
    habits = [
        n.replace("_", " ")
        for n in ("physically_inactive", "poor_sleep", "unhealthy_eating", "smoking", "drug_use")
        if getattr(life, n) is YesNo.YES
    ]
    if habits:
        options.append(
            _option(OptionId.LIFESTYLE, reason=", ".join(habits), source="allostatic-load model [S-GF] §2.4")
        )
    if record.comorbidity.untreated_comorbidity is YesNo.YES:
        options.append(
            _option(
                OptionId.TREAT_COMORBIDITY, reason="untreated comorbidity", source="[S-GF] Fig. 1; [S-PN]"
            )
        )
    return options


def left_to_try(ev: Evidence) -> list[Option]:
    """The individual list, in the plan's order; never a prescription."""
    facts = _facts(ev)
    drugs = _drug_ladder(ev, facts)
    first_drug = [o for o in _combinations(ev, facts) if o.id is OptionId.FIRST_ANTIDEPRESSANT]
    others = [o for o in _combinations(ev, facts) if o.id is not OptionId.FIRST_ANTIDEPRESSANT]
    medication = [*first_drug, *drugs]
    if facts.medication_closed:
        for option in first_drug:
            option.reason += _NOT_OPEN
    ordered = [*_review_first(ev, facts), *_psychotherapies(ev, facts), *others]
    ordered += [*_context(ev), *medication] if facts.medication_closed else [*medication, *_context(ev)]
    wishes = ev.record.preferences.treatments_to_avoid
    kept = [o for o in ordered if not avoided(o.id, wishes)]
    left_out = [o.label for o in ordered if avoided(o.id, wishes)]
    if left_out:
        kept.append(
            _option(
                OptionId.LEFT_OUT,
                reason="the patient would rather avoid: " + "; ".join(left_out),
                source="the patient's preferences (macro-analysis hierarchy, [S-GF] §3)",
            )
        )
    return kept
