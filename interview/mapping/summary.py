"""The closing summary read back to the person: what the record holds so far, in plain words.

Pure: a ClinicalRecord in, lines of text out. Each line may carry the review number of the answer
behind it (given by the caller), so the person can say `edit N` to change that answer. The wording
is for the patient: a treatment "did not help enough", never that anyone failed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from interview.record import ClinicalRecord, Missing, MissingReason
from interview.record.comorbidity import Comorbidity
from interview.record.context import IllnessBehaviour, Interpersonal, Lifestyle, StressLoad
from interview.record.dates import PartialDate
from interview.record.episode import CurrentEpisode
from interview.record.psychotherapy import PsychotherapyTrial
from interview.record.safety import SafetyScreen
from interview.record.treatments import MedicationTrial, SomaticTreatment
from interview.record.values import YesNo
from interview.safety.triage import SCREENER

NOT_KNOWN = "not known"

_SCALES = {
    "phq9": "PHQ-9",
    "hamd17": "HAM-D-17",
    "madrs": "MADRS",
    "qids_sr16": "QIDS-SR16",
    "cgi_s": "CGI-S",
}
_RESPONSE = {
    "response": "it helped",
    "partial": "it helped somewhat, but not enough",
    "none": "it did not help enough",
    "worse": "things got worse on it",
}
_ADHERENCE = {"partial": "not always taken", "poor": "often missed"}
_SOMATIC = {
    "ect": "ECT",
    "tms": "TMS",
    "ketamine": "Ketamine",
    "esketamine": "Esketamine",
    "other": "Another treatment",
}
_LATERALITY = {"bilateral": "bilateral", "right_unilateral": "right unilateral", "bifrontal": "bifrontal"}
_MODALITY = {
    "cbt": "CBT",
    "behavioural_activation": "Behavioural activation",
    "ipt": "IPT",
    "cbasp": "CBASP",
    "mbct": "Mindfulness-based cognitive therapy",
    "problem_solving": "Problem-solving therapy",
    "short_term_psychodynamic": "Short-term psychodynamic therapy",
    "well_being_therapy": "Well-being therapy",
    "supportive": "Supportive therapy",
    "counselling": "Counselling",
    "other": "Another therapy",
}
_ALLIANCE = {"good": "good", "fair": "fair", "poor": "difficult"}
_IPT_AREAS = {
    "grief": "grief",
    "role_dispute": "a dispute with someone close",
    "role_transition": "a change of role in life",
    "interpersonal_deficits": "feeling isolated",
}
_ANXIETY = {"symptoms": "some anxiety", "disorder": "an anxiety disorder"}
HOW_TO_ANSWER = (
    "Say 'yes' if this is right. The number before a line is the answer it comes from: "
    "'edit {n}' changes that answer. Say 'no' to tell me what is not right."
)


def summary_lines(
    record: ClinicalRecord,
    numbers: Mapping[str, int] | None = None,
    area_labels: Mapping[str, str] | None = None,
) -> list[str]:
    """The summary of `record`, one finding a line, each led by its review number when known.

    Args:
        record: The record of the answers so far.
        numbers: Review numbers by record path (`medication_trials[0].drug`); a line takes the
            smallest number among the fields it summarizes.
        area_labels: Problem-area labels by id, to name the priorities chosen.
    """
    numbers = numbers or {}
    found: list[tuple[str, str | None]] = [
        ("safety", _safety(record.safety)),  # safety first, as everywhere
        ("current_episode", _episode(record.current_episode)),
        *((f"medication_trials[{i}]", _medication(t)) for i, t in enumerate(record.medication_trials)),
        *((f"somatic_treatments[{i}]", _somatic(t)) for i, t in enumerate(record.somatic_treatments)),
        *((f"psychotherapy_trials[{i}]", _therapy(t)) for i, t in enumerate(record.psychotherapy_trials)),
        ("lifestyle", _lifestyle(record.lifestyle)),
        ("stress_load illness_behaviour", _stress(record.stress_load, record.illness_behaviour)),
        ("interpersonal", _interpersonal(record.interpersonal)),
        ("comorbidity", _comorbidity(record.comorbidity)),
        ("macro_decisions.priorities preferences.priorities", _priorities(record, area_labels or {})),
    ]
    lines = [_numbered(_number(numbers, where), text) for where, text in found if text]
    if not lines:
        return ["  (Nothing has been noted yet.)"]
    # the example number points at a treatment or finding rather than at the safety screen
    shown = [n for where, text in found[1:] if text and (n := _number(numbers, where)) is not None]
    return [*lines, HOW_TO_ANSWER.format(n=shown[0] if shown else "N")]


def _numbered(number: int | None, text: str) -> str:
    return f"  {number:>3}. {text}" if number is not None else f"     - {text}"


def _number(numbers: Mapping[str, int], where: str) -> int | None:
    """The first review number among the answers filling the paths in `where` (space-separated)
    or anything under them."""
    prefixes = where.split()
    starts = tuple(p + tail for p in prefixes for tail in (".", "["))
    under = [n for path, n in numbers.items() if path in prefixes or path.startswith(starts)]
    return min(under) if under else None


# --- values in words ---------------------------------------------------------------------------
def _known(value: object) -> bool:
    return value is not None and not isinstance(value, Missing)


def _yes(value: object) -> bool:
    return value == YesNo.YES


def _weeks(value: object) -> str:
    """'8 weeks'; longer spans also in months or years, which people remember them by."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return NOT_KNOWN
    value = round(value) if value >= 2 else round(value, 1)  # people count whole weeks: 17, not 17.3333
    weeks = f"{value:g} week{'s' if value != 1 else ''}"
    if value >= 104:
        return f"about {round(value / 52.18)} years ({weeks})"
    if value >= 9:
        return f"about {round(value / 4.345)} months ({weeks})"
    return weeks


def _response(judgement: object, kellner: object, percent: object = None) -> str:
    """How a treatment went, from the clinician's judgement, else Kellner's rating, else the percent."""
    if _known(judgement):
        return _RESPONSE.get(str(judgement), str(judgement))
    if isinstance(kellner, int) and not isinstance(kellner, bool):
        if kellner <= 2:
            return "you felt a lot better on it"
        if kellner <= 4:
            return "you felt somewhat better on it"
        if kellner == 5:
            return "no real change"
        return "you felt worse on it" if kellner <= 7 else "you felt a lot worse on it"
    if isinstance(percent, int | float) and not isinstance(percent, bool):
        if percent < 0:
            return "you felt worse on it"
        if percent == 0:
            return "no real improvement"
        return f"about {percent:g}% better at best" + (", not enough" if percent < 50 else "")
    return "how it went is not noted"


def _sentence(head: str, details: Iterable[str]) -> str:
    parts = [part for part in details if part]
    return head + (": " + "; ".join(parts) if parts else "") + "."


def _join(items: Iterable[str]) -> str:
    """ "a, b and c", from items as typed: a stray "and" at either end ("sweating and") is dropped,
    and a capital that only started the typed answer ("A thyroid problem") is lowered mid-sentence."""
    words = [w for w in (_as_list_item(item) for item in items) if w]
    return ", ".join(words[:-1]) + " and " + words[-1] if len(words) > 1 else "".join(words)


_CONNECTIVES = ("and", "or", "&")


def _as_list_item(item: str) -> str:
    words = item.strip(" ,;.").split()
    while words and words[-1].lower() in _CONNECTIVES:
        words.pop()
    while words and words[0].lower() in _CONNECTIVES:
        words.pop(0)
    text = " ".join(words)
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():  # "A thyroid", not "SSRI"
        text = text[0].lower() + text[1:]
    return text


# --- one line per finding -----------------------------------------------------------------------
def _episode(episode: CurrentEpisode) -> str | None:
    values = (episode.duration_weeks, episode.severity_score, episode.severity_clinician, episode.onset_date)
    if not any(_known(v) for v in values):
        return None
    parts = [f"going on for {_weeks(episode.duration_weeks)}" if _known(episode.duration_weeks) else ""]
    if isinstance(episode.onset_date, PartialDate):
        parts.append(f"began {episode.onset_date.display}")
    if _known(episode.severity_score):
        scale = _SCALES.get(str(episode.severity_scale), "a rating scale")
        parts.append(f"severity {scale} score {episode.severity_score}")
    if _known(episode.severity_clinician):
        parts.append(f"judged {episode.severity_clinician} by the clinician")
    if _yes(episode.psychotic_features):
        parts.append("with psychotic features")
    return _sentence("The current episode", parts)


def _medication(trial: MedicationTrial) -> str:
    name = trial.drug[:1].upper() + trial.drug[1:]
    if trial.add_on_drugs:
        name += f" with {_join(trial.add_on_drugs)} added"
    dose = f"{trial.dose_mg_per_day:g} mg a day" if _known(trial.dose_mg_per_day) else "dose not known"
    weeks = f"for {_weeks(trial.weeks_at_dose)}" if _known(trial.weeks_at_dose) else "time on it not known"
    parts = [_response(trial.response_clinician, trial.kellner_rating, trial.percent_improvement)]
    if _known(trial.adherence) and str(trial.adherence) in _ADHERENCE:
        parts.append(_ADHERENCE[str(trial.adherence)])
    if trial.side_effects:
        parts.append(f"side effects: {_join(trial.side_effects)}")
    earlier = " (an earlier episode)" if str(trial.episode) == "earlier" else ""
    return _sentence(f"{name}{earlier}, {dose}, {weeks}", parts)


def _somatic(course: SomaticTreatment) -> str:
    name = (
        str(course.name)
        if str(course.kind) == "other" and _known(course.name)
        else _SOMATIC[str(course.kind)]
    )
    sessions = f"{course.sessions} sessions" if _known(course.sessions) else "sessions not known"
    if _known(course.ect_laterality):
        sessions += f" ({_LATERALITY.get(str(course.ect_laterality), str(course.ect_laterality))})"
    weeks = f"over {_weeks(course.weeks)}" if _known(course.weeks) else ""
    earlier = " (an earlier episode)" if str(course.episode) == "earlier" else ""
    response = _response(course.response_clinician, course.kellner_rating, course.percent_improvement)
    return _sentence(f"{name}{earlier}, {sessions} {weeks}".strip(), [response])


def _therapy(therapy: PsychotherapyTrial) -> str:
    if _known(therapy.modality):
        other = str(therapy.modality) == "other" and _known(therapy.modality_other)
        name = (
            str(therapy.modality_other)
            if other
            else _MODALITY.get(str(therapy.modality), str(therapy.modality))
        )
    else:
        name = "a therapy (kind not known)"
    sessions = (
        f"{therapy.sessions_attended} sessions" if _known(therapy.sessions_attended) else "sessions not known"
    )
    weeks = f"over {_weeks(therapy.weeks)}" if _known(therapy.weeks) else ""
    parts = [_response(therapy.outcome, therapy.kellner_rating, therapy.percent_improvement)]
    if _known(therapy.alliance):
        parts.append(
            f"the relationship with the therapist felt {_ALLIANCE.get(str(therapy.alliance), 'mixed')}"
        )
    earlier = " (an earlier episode)" if str(therapy.episode) == "earlier" else ""
    return _sentence(f"{name}{earlier}, {sessions} {weeks}".strip(), parts)


def _lifestyle(lifestyle: Lifestyle) -> str | None:
    flags = (
        (lifestyle.poor_sleep, "poor sleep"),
        (lifestyle.physically_inactive, "little physical activity"),
        (lifestyle.unhealthy_eating, "irregular eating"),
        (lifestyle.smoking, "smoking"),
        (lifestyle.drug_use, "using drugs"),
    )
    found = [words for value, words in flags if _yes(value)]
    alcohol = lifestyle.alcohol_units_per_week
    if isinstance(alcohol, int | float) and alcohol > 0:
        found.append(f"about {alcohol:g} units of alcohol a week")
    if found:
        return f"Day to day: {_join(found)}."
    answered = any(_known(value) for value, _ in flags) or _known(alcohol)
    return "Day to day: nothing of concern noted." if answered else None


def _stress(stress: StressLoad, behaviour: IllnessBehaviour) -> str | None:
    parts = [f"stress from {_join(stress.stressors)}" if stress.stressors else ""]
    if _yes(stress.stressor_exceeds_coping):
        parts.append("more than can be coped with at the moment")
    if _yes(behaviour.demoralisation_helplessness):
        parts.append("feeling unable to cope or without support")
    if _yes(behaviour.hopelessness):
        parts.append("feeling there is no way out")
    found = [p for p in parts if p]
    return f"Stress: {'; '.join(found)}." if found else None


def _interpersonal(interpersonal: Interpersonal) -> str | None:
    areas = interpersonal.problem_areas
    if isinstance(areas, Missing):
        return None
    if not areas:
        return "Relationships: no particular difficulty noted."
    return f"Relationships: {_join(_IPT_AREAS.get(str(area), str(area)) for area in areas)}."


def _comorbidity(comorbidity: Comorbidity) -> str | None:
    found = [*comorbidity.psychiatric_conditions, *comorbidity.medical_conditions]
    if _known(comorbidity.anxiety) and str(comorbidity.anxiety) in _ANXIETY:
        found.insert(0, _ANXIETY[str(comorbidity.anxiety)])
    if _yes(comorbidity.substance_misuse):
        found.append("harmful use of alcohol or drugs")
    if _yes(comorbidity.bipolar_features):
        found.append("times of unusually high mood or energy")
    drugs = [drug.name for drug in comorbidity.concurrent_drugs]
    parts = [_join(found), f"other medicines: {_join(drugs)}" if drugs else ""]
    text = "; ".join(p for p in parts if p)
    return f"Other health matters: {text}." if text else None


def _priorities(record: ClinicalRecord, labels: Mapping[str, str]) -> str | None:
    chosen = [labels.get(area, area.replace("_", " ")) for area in record.macro_decisions.priorities]
    chosen = chosen or list(record.preferences.priorities)
    if not chosen:
        return None
    return f"What you would like to work on first: {_join(c[:1].lower() + c[1:] for c in chosen)}."


def _safety(screen: SafetyScreen) -> str | None:
    """What was endorsed; None before the screen was reached (the screener cannot be skipped)."""
    values = [getattr(screen, item.name) for item in SCREENER]
    if all(_not_reached(v) for v in values):
        return None
    reasons = {v.missing for v in values if isinstance(v, Missing)}
    endorsed = [item.patient for item in SCREENER if _yes(getattr(screen, item.name))]
    return _safety_words(endorsed, reasons)


def _not_reached(value: object) -> bool:
    return isinstance(value, Missing) and value.missing == MissingReason.SKIPPED


def _safety_words(endorsed: list[str], reasons: set[MissingReason]) -> str:
    if endorsed:
        return (
            f"Safety questions: you told me about {_join(endorsed)}. "
            "Your clinician will talk this through with you."
        )
    left = reasons & {MissingReason.DONT_KNOW, MissingReason.DECLINED}
    return "Safety questions: you did not answer yes to any of them" + (
        "; some were left unanswered." if left else "."
    )
