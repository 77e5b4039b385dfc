"""The full assessment script (scripts/trd_assessment.yaml): sound, complete, and every path ends."""

from __future__ import annotations

import datetime
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from interview.engine import Conversation
from interview.engine.slots import Slot
from interview.mapping import build_record, links_read_back_at, record_fields
from interview.mapping.read_backs import READ_BACKS
from interview.record import Missing, MissingReason
from interview.record.paths import DRUG_NAME_PATHS
from interview.script import Script, load_and_validate, load_script_file
from interview.script.loader import LoadedScript
from interview.script.model import iter_questions
from interview.script.questions import (
    Dose,
    Duration,
    Integer,
    LinkReview,
    MonthYear,
    MultipleChoice,
    Number,
    QuestionBase,
    Rating,
    Repeat,
    SingleChoice,
    Text,
)
from interview.script.reachability import unreachable_questions
from interview.script.validator import validate

SCRIPT_PATH = Path(__file__).parent.parent / "scripts" / "trd_assessment.yaml"
TODAY = datetime.date(2026, 11, 21)

# The twelve areas of issue 4, in the order the issue lists them.
ISSUE_ORDER = [
    "opening",
    "safety_screen",
    "current_episode",
    "medication",
    "somatic",
    "psychotherapy",
    "lifestyle",
    "stress_and_coping",
    "relationships",
    "comorbidity",
    "preferences",
    "closing",
]


def loaded() -> LoadedScript:
    return load_script_file(SCRIPT_PATH)


def script() -> Script:
    return loaded().script


def questions() -> list[QuestionBase]:
    return [question for question, _, _ in iter_questions(script())]


def test_the_validator_finds_no_problem_at_all_including_record_fields() -> None:
    assert validate(loaded(), record_fields()) == []
    load_and_validate(SCRIPT_PATH, record_fields())  # raises ScriptError on any problem


def test_every_question_is_reachable_by_some_path() -> None:
    assert unreachable_questions(script()) == []


def test_the_sections_follow_the_twelve_areas_of_the_issue_in_order() -> None:
    assert [section.id for section in script().sections] == ISSUE_ORDER


def test_every_question_says_why_it_is_asked_and_names_a_source() -> None:
    missing = [q.id for q in questions() if not isinstance(q, Repeat) and (q.why is None or not q.why.source)]
    assert missing == []


def test_every_ipt_area_drug_and_trial_field_the_staging_reads_is_filled_by_some_question() -> None:
    filled = {q.record for q in questions() if q.record}
    needed = {
        "case_label",
        "current_episode.duration_weeks",
        "current_episode.severity_clinician",
        "current_episode.psychotic_features",
        "medication_trials[].drug",
        "medication_trials[].strategy",
        "medication_trials[].dose_mg_per_day",
        "medication_trials[].weeks_at_dose",
        "medication_trials[].adherence",
        "medication_trials[].kellner_rating",
        "medication_trials[].loss_of_effect_during_maintenance",
        "medication_trials[].rechallenge_after_drug_free_period",
        "somatic_treatments[].kind",
        "somatic_treatments[].ect_laterality",
        "psychotherapy_trials[].modality",
        "psychotherapy_trials[].sessions_attended",
        "psychotherapy_trials[].alliance",
        "interpersonal.problem_areas",
        "safety.wish_to_be_dead",
        "safety.suicidal_behaviour_past_3_months",
        "appraisal.appraisal_discussed",
        "preferences.priorities",
    }
    assert needed - filled == set()


def test_the_case_label_is_marked_identifying_so_anonymized_exports_drop_it() -> None:
    identifying = {q.id for q in questions() if q.identifying}
    assert "case_label" in identifying


def test_the_safety_block_points_at_the_c_ssrs_section_and_pushes_on_phq_9_item_9() -> None:
    block = script().safety
    assert block is not None
    assert block.screener == "safety_screen"
    assert block.risk_cues
    assert "phq_9" in str(block.triggers)


# --- every path ends ---------------------------------------------------------------------------


def _answers_for(question: QuestionBase | None, links_read_back: int = 0) -> st.SearchStrategy[str]:
    """Answers a person might give that the question accepts, including don't know and skip."""
    if question is None:  # the implicit "another one?" of a repeat group
        return st.sampled_from(["yes", "no", "no", "no"])
    choices = [_valid(question, links_read_back)]
    if question.allow_dont_know:
        choices.append(st.just("don't know"))
    if question.allow_decline:
        choices.append(st.just("prefer not to say"))
    if not question.required:
        choices.append(st.just("skip"))
    return st.one_of(*choices)


def _valid(question: QuestionBase, links_read_back: int) -> st.SearchStrategy[str]:
    match question:
        case SingleChoice(options=options):  # the numbers shown: positions, or scores (PHQ-9 0-3)
            return st.one_of(
                st.sampled_from([o.label for o in options]),
                st.sampled_from(question.option_numbers()).map(str),
            )
        case MultipleChoice(options=options):
            return st.one_of(
                st.just("none"),
                st.lists(st.integers(1, len(options)), min_size=1, unique=True).map(
                    lambda picks: ", ".join(map(str, picks))
                ),
            )
        case Integer(min=low, max=high) | Number(min=low, max=high):
            return st.integers(
                int(low if low is not None else 0), int(high if high is not None else 100)
            ).map(str)
        case Duration():
            return st.integers(1, 200).map(lambda n: f"{n} weeks")
        case Dose():
            return st.integers(1, 600).map(lambda n: f"{n} mg")
        case MonthYear():
            return st.just("March 2024")
        case Rating(min=low, max=high):
            return st.integers(low, high).map(str)
        case Text(record=path) if path in DRUG_NAME_PATHS:  # a medicine's name ("none" is no name)
            return st.sampled_from(["sertraline", "Zoloft", "lithium, then aripiprazole"])
        case Text():
            return st.sampled_from(["sertraline", "work stress, money", "none", "the sessions ended"])
        case LinkReview():
            removal = ["remove 1"] if links_read_back else []  # "remove 1" of no links is refused
            return st.sampled_from(["ok", *removal, "add insomnia -> depression"])
    return st.sampled_from(["yes", "no"])


# A whole interview is a hundred answers or more, so even the smallest example is large, and
# shrinking one takes many minutes: a failure is reported with every answer drawn, unshrunk.
_LONG = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=_LONG,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)
@given(st.data())
def test_any_sequence_of_acceptable_answers_reaches_the_end(data: st.DataObject) -> None:
    conversation, _ = Conversation.start(script(), "synthetic", today=lambda: TODAY, read_backs=READ_BACKS)
    for _ in range(3000):
        slot = conversation.current
        if slot is None:
            break
        if conversation.halted:  # a safety alert waits for the interviewer
            conversation.handle("acknowledge")
            continue
        if conversation.deciding:  # then whether to go on: both answers must be handled
            conversation.handle(data.draw(st.sampled_from(["yes", "continue", "no", "end"]), label="go on"))
            continue
        question = conversation.book.question(slot)
        links = (
            len(links_read_back_at(conversation.script, conversation.book, slot.key))
            if isinstance(question, LinkReview)
            else 0
        )
        answer = data.draw(_answers_for(question, links), label=slot.key)
        reply = conversation.handle(answer)
        errors = [m.text for m in reply.messages if m.kind == "error"]
        assert errors == [], f"{slot.key}: {answer!r} was refused"
    assert conversation.finished or conversation.current is None


def test_declining_consent_ends_the_interview_at_once() -> None:
    conversation, _ = Conversation.start(script(), "synthetic", today=lambda: TODAY, read_backs=READ_BACKS)
    conversation.handle("no")
    assert conversation.finished


def test_no_question_about_a_therapy_that_was_never_had() -> None:
    conversation, _ = Conversation.start(script(), "synthetic", today=lambda: TODAY, read_backs=READ_BACKS)
    asked = _walk(conversation, {"any_medication": "no", "any_somatic": "no", "any_psychotherapy": "no"})
    therapy_questions = {
        inner.id
        for group in ("med_trials", "somatic_courses", "therapies")
        for inner in _group(group).questions
    }
    assert asked & therapy_questions == set()


def test_earlier_episode_questions_only_when_there_were_earlier_episodes() -> None:
    conversation, _ = Conversation.start(script(), "synthetic", today=lambda: TODAY, read_backs=READ_BACKS)
    asked = _walk(conversation, {"had_earlier_episodes": "no"})
    assert "earlier_year" not in asked


def test_residual_symptoms_only_once_mood_has_improved() -> None:
    not_improved = _walk(
        Conversation.start(script(), "s", today=lambda: TODAY, read_backs=READ_BACKS)[0],
        {"mood_improved": "no"},
    )
    improved = _walk(
        Conversation.start(script(), "s", today=lambda: TODAY, read_backs=READ_BACKS)[0],
        {"mood_improved": "yes"},
    )
    assert "residual_symptoms" not in not_improved
    assert "residual_symptoms" in improved


def test_the_phq_9_is_asked_only_when_chosen() -> None:
    skipped = _walk(Conversation.start(script(), "s", today=lambda: TODAY, read_backs=READ_BACKS)[0], {})
    assert "phq_1" not in skipped
    phq = {f"phq_{i}": "not at all" for i in range(1, 10)}
    chosen = _walk(
        Conversation.start(script(), "s", today=lambda: TODAY, read_backs=READ_BACKS)[0],
        {"severity_scale": "1", **phq},
    )
    assert {f"phq_{i}" for i in range(1, 10)} <= chosen


def test_phq_9_item_9_above_zero_asks_the_suicide_risk_screener_again_at_once() -> None:
    conversation, _ = Conversation.start(script(), "s", today=lambda: TODAY, read_backs=READ_BACKS)
    for line in ["yes", "s1", "the patient", "no", "no", "no", "skip", "skip", "the PHQ-9 now"]:
        conversation.handle(line)
    for _ in range(8):
        conversation.handle("not at all")
    assert conversation.current is not None and conversation.current.qid == "phq_9"
    conversation.handle("several days")
    assert conversation.current is not None and conversation.current.qid == "cssrs_wish_dead"


def _group(group_id: str) -> Repeat:
    question = script().index.question(group_id)
    assert isinstance(question, Repeat)
    return question


def _walk(conversation: Conversation, overrides: dict[str, str]) -> set[str]:
    """Answer every question (consent yes, the given overrides, otherwise skip or no); the ids asked."""
    asked: set[str] = set()
    for _ in range(1000):
        slot: Slot | None = conversation.current
        if slot is None:
            break
        if conversation.halted:
            conversation.handle("acknowledge")
            continue
        asked.add(slot.qid)
        question = conversation.book.question(slot)
        if slot.qid in overrides:
            answer = overrides[slot.qid]
        elif slot.qid == "consent" or question is None:
            answer = "yes" if slot.qid == "consent" else "no"
        elif not question.required:
            answer = "skip"
        elif question.allow_dont_know:
            answer = "no" if question.__class__.__name__ == "YesNo" else "don't know"
        else:
            answer = _first_option_or_text(question)
        conversation.handle(answer)
    assert conversation.finished
    return asked


def _first_option_or_text(question: QuestionBase) -> str:
    if isinstance(question, SingleChoice):
        return "1"
    return "sertraline"


def test_interview_run_without_a_script_runs_the_full_assessment(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "interview", "--db", str(tmp_path / "i.db"), "run", "--plain"],
        input="no\n", capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert f"({script().title}, version {script().version})" in run.stdout


# --- the safety screen in its place ------------------------------------------------------------


def _through_opening() -> Conversation:
    conversation, _ = Conversation.start(script(), "synthetic", today=lambda: TODAY, read_backs=READ_BACKS)
    for line in ["yes", "the patient"]:  # the label question is answered from the session label
        conversation.handle(line)
    return conversation


def test_a_wish_to_be_dead_raises_a_low_alert_first_in_the_reply_and_the_interview_goes_on() -> None:
    conversation = _through_opening()
    conversation.handle("yes")
    conversation.handle("no")
    reply = conversation.handle("no")
    assert reply.messages[0].kind == "alert"
    assert [alert.level.value for alert in conversation.alerts] == ["low"]
    assert not conversation.halted
    assert conversation.deciding, "the person is asked whether they agree to go on"
    conversation.handle("yes")
    assert conversation.current is not None and conversation.current.qid == "episode_duration"


def test_intent_halts_the_interview_at_high_until_the_interviewer_acknowledges() -> None:
    conversation = _through_opening()
    for line in ["yes", "yes", "yes", "yes", "no", "no"]:
        conversation.handle(line)
    assert [alert.level.value for alert in conversation.alerts] == ["high"]
    assert conversation.halted
    conversation.handle("about a year")
    assert conversation.halted, "an answer does not get past the alert"
    conversation.handle("acknowledge")
    assert not conversation.halted
    conversation.handle("continue")  # the interviewer chooses to go on
    assert conversation.current is not None and conversation.current.qid == "episode_duration"


def test_conditions_named_in_the_list_and_as_something_else_all_reach_the_record() -> None:
    conversation, _ = Conversation.start(script(), "synthetic", today=lambda: TODAY, read_backs=READ_BACKS)
    overrides = {"medical_conditions": "1, something else", "medical_other": "hypertension, gout"}
    _walk(conversation, overrides)
    record = build_record(conversation.script, conversation)
    assert record.comorbidity.medical_conditions == ["A head injury", "hypertension", "gout"]


def _question(qid: str) -> QuestionBase:
    return next(q for q, _, _ in iter_questions(script()) if q.id == qid)


def test_the_self_acceptance_answers_are_the_ones_its_question_offers() -> None:
    """Ryff's dimensions are two-sided (clinical-rules §10): too critical of oneself is too little
    self-acceptance, seeing no faults at all too much; the options say it in the question's words."""
    question = _question("wb_self_acceptance")
    assert isinstance(question, SingleChoice)
    labels = {option.value: option.label.lower() for option in question.options}
    assert "too critical" in labels["low"] and "about right" in labels["balanced"]
    assert "faults" in labels["excessive"]
    for value, label in labels.items():
        assert label.split(" of ")[0].split(" (")[0] in question.text.lower(), (value, label)


def test_each_well_being_answer_is_understood_as_worded() -> None:
    conversation, _ = Conversation.start(script(), "synthetic", today=lambda: TODAY, read_backs=READ_BACKS)
    answers = {"wb_self_acceptance": "too critical", "wb_autonomy": "about right"}
    _walk(conversation, answers)
    record = build_record(conversation.script, conversation)
    assert (record.well_being.self_acceptance, record.well_being.autonomy) == ("low", "balanced")


def test_unsure_is_an_answer_where_an_option_says_it_and_dont_know_elsewhere() -> None:
    expectations = _question("therapy_expectations")
    assert isinstance(expectations, SingleChoice) and "Unsure" in [o.label for o in expectations.options]
    assert "'unsure'" in (expectations.help or "").lower() and "don't know" in (expectations.help or "")
    conversation, _ = Conversation.start(script(), "synthetic", today=lambda: TODAY, read_backs=READ_BACKS)
    overrides = {"any_psychotherapy": "yes", "therapy_expectations": "unsure", "wb_self_acceptance": "unsure"}
    _walk(conversation, overrides)
    record = build_record(conversation.script, conversation)
    assert record.psychotherapy_trials[0].expectations == "neutral"
    assert record.well_being.self_acceptance == Missing(missing=MissingReason.DONT_KNOW)
    assert "not known" in (_question("wb_self_acceptance").help or "")


def test_the_reactance_why_says_what_clinical_rules_16_says() -> None:
    """Reactance is a counter-therapeutic feature that, with an unchanged or worse episode, makes
    resistance; two failures alone are non-response (it once said reactance 'is not resistance')."""
    reactance = next(q for q in questions() if q.id == "reactance")
    assert reactance.why is not None
    why = reactance.why.text
    assert "counter-therapeutic" in why and '"resistance"' in why and "non-response" in why
    assert "not resistance" not in why
