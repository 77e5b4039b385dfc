"""The closing read-back: a plain summary of the record so far, numbered for `edit N`, confirmed or not."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from interview.engine import Conversation
from interview.engine.review import reviewable_slots
from interview.engine.understanding import NotUnderstood, Understood
from interview.engine.understanding.confirmation import understand_confirmation
from interview.events import event_from_json, event_to_json
from interview.mapping import build_record, record_fields
from interview.mapping.read_backs import READ_BACKS
from interview.mapping.summary import summary_lines
from interview.record import ClinicalRecord, load_record
from interview.script import ScriptError, load_script_file, load_script_text, validate
from interview.session.answer_files import read_keyed_answers

from .talk import HEADER, TODAY, script_of

ROOT = Path(__file__).parents[2]
CASES = ROOT / "transcripts" / "cases"

CLOSING = """
- {id: sleep, type: yes_no, text: Is your sleep poor?, record: lifestyle.poor_sleep}
- id: trials
  type: repeat
  text: The medicines, one at a time.
  ask_another: Was there another medicine?
  item_label: medicine {n}
  questions:
    - {id: drug, type: text, text: Which medicine?, record: "medication_trials[].drug",
       allow_dont_know: false, allow_decline: false}
    - {id: dose, type: dose, text: What dose?, record: "medication_trials[].dose_mg_per_day",
       required: false}
    - {id: weeks, type: duration, text: For how long?, record: "medication_trials[].weeks_at_dose",
       required: false}
    - id: response
      type: single_choice
      text: How did it go?
      required: false
      record: "medication_trials[].response_clinician"
      options: [{value: response, label: Response}, {value: partial, label: Partial},
                {value: none, label: No response}]
- {id: summary_correct, type: read_back, text: Here is what I noted. Is it right?, allow_decline: false,
   allow_dont_know: false}
- {id: corrections, type: text, text: What is not right?, when: {answer: summary_correct, value: false},
   required: false}
"""
ANSWERS = (
    "yes",
    "sertraline",
    "100 mg",
    "8 weeks",
    "3",
    "yes",
    "venlafaxine",
    "don't know",
    "6 weeks",
    "2",
    "no",
)


class Talk:
    """A conversation over the closing script, keeping every event as storage would."""

    def __init__(self, *lines: str) -> None:
        self.script = script_of(CLOSING)
        self.conversation, first = Conversation.start(
            self.script, "P-01", today=lambda: TODAY, read_backs=READ_BACKS
        )
        self.events = list(first.events)
        self.prompts = [m.text for m in first.messages if m.kind == "prompt"]
        self.say(*lines)

    def say(self, *lines: str) -> list[str]:
        """Type each line; the messages of the last turn, as `kind: text`."""
        shown: list[str] = []
        for line in lines:
            reply = self.conversation.handle(line)
            self.events += reply.events
            self.prompts += [m.text for m in reply.messages if m.kind == "prompt"]
            shown = [f"{m.kind}: {m.text}" for m in reply.messages]
        return shown


# --- the words of the summary (pure) ----------------------------------------------------------
def test_a_trial_line_gives_dose_weeks_and_how_it_went_or_dose_not_known() -> None:
    record = ClinicalRecord.model_validate(
        {
            "medication_trials": [
                {
                    "drug": "sertraline",
                    "dose_mg_per_day": 100,
                    "weeks_at_dose": 8,
                    "response_clinician": "none",
                },
                {"drug": "venlafaxine", "weeks_at_dose": 6, "response_clinician": "partial"},
            ],
            "psychotherapy_trials": [
                {"modality": "cbt", "sessions_attended": 12, "weeks": 16, "alliance": "good"}
            ],
            "somatic_treatments": [{"kind": "ect", "sessions": 10, "ect_laterality": "right_unilateral"}],
        }
    )
    lines = summary_lines(record)
    assert "     - Sertraline, 100 mg a day, for 8 weeks: it did not help enough." in lines
    assert "     - Venlafaxine, dose not known, for 6 weeks: it helped somewhat, but not enough." in lines
    assert (
        "     - CBT, 12 sessions over about 4 months (16 weeks): how it went is not noted; "
        "the relationship with the therapist felt good." in lines
    )
    assert "     - ECT, 10 sessions (right unilateral): how it went is not noted." in lines


def test_the_episode_line_gives_its_duration_and_the_severity_with_scale_and_score() -> None:
    record = ClinicalRecord.model_validate(
        {"current_episode": {"duration_weeks": 40, "severity_scale": "phq9", "severity_score": 17}}
    )
    assert summary_lines(record)[0] == (
        "     - The current episode: going on for about 9 months (40 weeks); severity PHQ-9 score 17."
    )


def test_the_safety_line_names_what_was_endorsed_and_comes_first() -> None:
    record = ClinicalRecord.model_validate(
        {
            "lifestyle": {"poor_sleep": "yes"},
            "safety": {
                "wish_to_be_dead": "yes",
                "suicidal_thoughts": "no",
                "suicidal_behaviour_lifetime": "no",
            },
        }
    )
    lines = summary_lines(record)
    assert lines[0].startswith("     - Safety questions: you told me about wishing you were dead")
    assert "thoughts of killing yourself" not in lines[0]
    assert "     - Day to day: poor sleep." in lines


def test_each_line_is_led_by_the_smallest_review_number_of_its_answers() -> None:
    record = ClinicalRecord.model_validate(
        {"medication_trials": [{"drug": "sertraline"}, {"drug": "bupropion"}]}
    )
    numbers = {
        "medication_trials[0].drug": 5,
        "medication_trials[0].dose_mg_per_day": 6,
        "medication_trials[1].drug": 9,
    }
    lines = summary_lines(record, numbers)
    assert lines[0].startswith("    5. Sertraline, dose not known")
    assert lines[1].startswith("    9. Bupropion, dose not known")
    assert "'edit 5'" in lines[-1]


def test_a_line_summarizing_two_parts_of_the_record_takes_its_number_from_either() -> None:
    record = ClinicalRecord.model_validate(
        {"illness_behaviour": {"hopelessness": "yes"}, "safety": {"wish_to_be_dead": "no"}}
    )
    lines = summary_lines(record, {"safety.wish_to_be_dead": 3, "illness_behaviour.hopelessness": 40})
    assert lines[:2] == [
        "    3. Safety questions: you did not answer yes to any of them.",
        "   40. Stress: feeling there is no way out.",
    ]
    assert "'edit 40'" in lines[-1]  # the example points at a finding, not at the safety screen


def test_an_empty_record_says_nothing_was_noted() -> None:
    assert summary_lines(ClinicalRecord()) == ["  (Nothing has been noted yet.)"]


@pytest.mark.parametrize("path", sorted(CASES.glob("*.record.json")), ids=lambda p: p.name.split(".")[0])
def test_every_vignette_reads_back_each_trial_and_never_says_anyone_failed(path: Path) -> None:
    record = load_record(path)
    text = "\n".join(summary_lines(record))
    assert "fail" not in text.casefold()
    assert "Missing(" not in text and "None" not in text
    for trial in record.medication_trials:
        assert trial.drug[:1].upper() + trial.drug[1:] in text


# --- in the interview ---------------------------------------------------------------------------
def test_the_prompt_reads_back_the_answers_numbered_as_in_the_review() -> None:
    talk = Talk(*ANSWERS)
    assert talk.conversation.current is not None and talk.conversation.current.qid == "summary_correct"
    asked = talk.prompts[-1]
    numbers = {slot.key: n for n, slot in enumerate(reviewable_slots(talk.conversation.book), start=1)}
    assert (
        f"{numbers['trials[0].drug']:>5}. Sertraline, 100 mg a day, for 8 weeks: it did not help enough."
        in asked
    )
    venlafaxine = "Venlafaxine, dose not known, for 6 weeks: it helped somewhat, but not enough."
    assert f"{numbers['trials[1].drug']:>5}. {venlafaxine}" in asked
    assert f"{numbers['sleep']:>5}. Day to day: poor sleep." in asked


@pytest.mark.parametrize("said", ["yes", "ok", "That's right.", "looks good"])
def test_a_yes_confirms_the_summary_and_the_interview_ends(said: str) -> None:
    talk = Talk(*ANSWERS, said)
    entry = talk.conversation.book.entries["summary_correct"]
    assert (entry.value, entry.display) == (True, "Confirmed")
    assert talk.conversation.finished


@pytest.mark.parametrize("said", ["no", "not quite", "that's wrong"])
def test_a_no_asks_what_is_not_right(said: str) -> None:
    talk = Talk(*ANSWERS, said)
    assert talk.conversation.book.entries["summary_correct"].value is False
    assert talk.conversation.current is not None and talk.conversation.current.qid == "corrections"
    talk.say("The second medicine was at 150 mg.")
    assert talk.conversation.finished


def test_an_unclear_answer_is_asked_again_and_loses_nothing() -> None:
    talk = Talk(*ANSWERS)
    for unclear in ("maybe", "not sure"):
        shown = talk.say(unclear)
        assert any(line.startswith("error:") and "'yes' if the summary is right" in line for line in shown)
    assert talk.conversation.current is not None and talk.conversation.current.qid == "summary_correct"
    assert build_record(talk.script, talk.conversation).medication_trials[0].dose_mg_per_day == 100


def test_edit_n_from_the_read_back_changes_that_answer_and_the_summary_is_read_back_again() -> None:
    talk = Talk(*ANSWERS)
    numbers = {slot.key: n for n, slot in enumerate(reviewable_slots(talk.conversation.book), start=1)}
    talk.say(f"edit {numbers['trials[0].dose']}", "150 mg")
    assert talk.conversation.current is not None and talk.conversation.current.qid == "summary_correct"
    assert "Sertraline, 150 mg a day, for 8 weeks" in talk.prompts[-1]


def test_a_replayed_session_keeps_the_confirmation_and_reads_back_the_same_summary() -> None:
    talk = Talk(*ANSWERS)
    stored = [event_from_json(event_to_json(e)) for e in talk.events]
    replayed = Conversation.replay(talk.script, stored, today=lambda: TODAY, read_backs=READ_BACKS)
    again = [m.text for m in replayed.resume().messages if m.kind == "prompt"]
    assert again == [talk.prompts[-1]]
    talk.say("no")
    replayed = Conversation.replay(talk.script, [event_from_json(event_to_json(e)) for e in talk.events])
    assert replayed.book.entries["summary_correct"].value is False
    assert replayed.current == talk.conversation.current


def test_the_review_names_the_read_back_by_its_words_without_building_the_record(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    talk = Talk(*ANSWERS, "yes")
    monkeypatch.setattr("interview.mapping.build.build_record", _no_record)
    monkeypatch.setattr("interview.mapping.summary_readback.build_record", _no_record)
    assert talk.say("review")[-1].endswith("Here is what I noted. Is it right?: Confirmed")


def _no_record(*_args: object, **_kwargs: object) -> ClinicalRecord:
    raise AssertionError("the review built the record")


def test_the_assessment_reads_back_vignette_04_and_asks_about_any_doubt() -> None:
    script = load_script_file(ROOT / "scripts" / "trd_assessment.yaml").script
    conversation, _ = Conversation.start(script, "vignette", today=lambda: TODAY, read_backs=READ_BACKS)
    keyed = read_keyed_answers((CASES / "04_two_classes.answers.yaml").read_text(encoding="utf-8"), "04")
    for line in keyed.lines(conversation):
        if conversation.current is not None and conversation.current.qid == "summary_correct":
            break
        reply = conversation.handle(line)
    else:
        pytest.fail("the answers never reach the read-back")
    asked = "\n".join(m.text for m in reply.messages if m.kind == "prompt")
    expected = json.loads((CASES / "04_two_classes.record.json").read_text(encoding="utf-8"))
    assert "The current episode: going on for about 9 months (40 weeks)" in asked
    assert "Sertraline, 100 mg a day, for 8 weeks: no real improvement." in asked
    assert "Duloxetine, 60 mg a day, for 8 weeks: about 10% better at best, not enough." in asked
    assert len(expected["medication_trials"]) == 2
    assert "Safety questions: you did not answer yes to any of them." in asked
    conversation.handle("not sure")  # kept as don't know: the doubt is asked about, never lost
    assert conversation.current is not None and conversation.current.qid == "corrections"


# --- understanding the answer, and the script language ------------------------------------------
@pytest.mark.parametrize("said", ["not quite right", "yes and no", "right-ish", ""])
def test_only_whole_answers_confirm(said: str) -> None:
    understood = understand_confirmation(said)
    assert isinstance(understood, NotUnderstood) or (
        isinstance(understood, Understood) and understood.value is False
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("- {id: q, type: read_back, text: Right?, record: lifestyle.poor_sleep}", "SCRIPT_018"),
        (
            "- {id: q, type: read_back, text: Right?}\n"
            "- {id: r, type: text, text: What?, when: {answer: q, value: 'no'}}",
            "compare with true or false",
        ),
    ],
)
def test_the_validator_keeps_a_read_back_to_its_shape(question: str, expected: str) -> None:
    loaded = load_script_text(HEADER + textwrap.indent(question, "      ") + "\n")
    assert any(expected in f"{p.code.value} {p.message}" for p in validate(loaded, record_fields()))


def test_a_read_back_cannot_sit_inside_a_repeat_group() -> None:
    inside = "- id: g\n  type: repeat\n  text: Each.\n  ask_another: More?\n  questions:\n" + (
        "    - {id: q, type: read_back, text: Right?}\n"
    )
    with pytest.raises(ScriptError):
        script_of(inside)
