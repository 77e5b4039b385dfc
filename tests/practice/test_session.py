"""PracticeSession: the trainee codes the patient's words; results compare with the expert item by item."""

from __future__ import annotations

from pathlib import Path

from interview.practice.library import case_script, load_case
from interview.practice.session import PracticeSession

FIXTURE = Path(__file__).parent / "fixtures" / "sample_case.yaml"


def new_session() -> PracticeSession:
    case = load_case(FIXTURE)
    return PracticeSession(case, case_script(case, FIXTURE))


def play(session: PracticeSession, changes: dict[str, str] | None = None) -> None:
    """Code every question as the expert did, except the keys in `changes`."""
    while not session.finished:
        key = session.conversation.current
        assert key is not None
        answer = session.case.answer(key.key)
        assert answer is not None, f"off the expert's path at {key.key}"
        session.code((changes or {}).get(key.key, answer.code))


def test_each_new_question_comes_with_what_the_patient_says() -> None:
    session = new_session()
    opening = session.opening()
    assert opening.key == "consent" and opening.patient_says == "Yes, that's fine by me."
    assert opening.reply.events[0].kind == "session_started"
    feedback = session.code("yes")
    assert feedback.key == "answerer" and feedback.patient_says == "It's just me today."


def test_the_current_prompt_can_be_read_at_any_moment_and_is_none_at_the_end() -> None:
    session = new_session()
    session.opening()
    session.code("yes")
    prompt = session.prompt()
    assert prompt is not None and prompt.key == "answerer"
    assert prompt.text.startswith("Who is answering today?\n  1. The patient")
    assert prompt.patient_says == "It's just me today."
    play(session)
    assert session.prompt() is None


def test_commands_work_as_in_an_interview_and_show_no_new_words() -> None:
    session = new_session()
    session.opening()
    why = session.code("why")
    assert why.patient_says is None and any(m.kind == "why" for m in why.reply.messages)
    session.code("yes")
    back = session.code("back")
    assert back.key == "consent" and back.patient_says == "Yes, that's fine by me."
    rejected = session.code("perhaps")
    assert rejected.key == "consent" and any(m.kind == "error" for m in rejected.reply.messages)


def test_coding_exactly_as_the_expert_agrees_on_every_scored_item() -> None:
    session = new_session()
    play(session)
    results = session.results()
    assert results.completed and results.disagreements == []
    assert results.overall.percent == 100.0
    assert results.overall.scored == 19  # 20 questions on the path; free text is not scored
    assert [item.key for item in results.unscored] == ["side_effects"]


def test_approximate_codings_agree_within_tolerance() -> None:
    session = new_session()
    play(
        session,
        {"episode_weeks": "about 38 weeks", "trials[1].drug": "zoloft", "trials[0].dose": "5 mg twice a day"},
    )
    assert session.results().disagreements == []


def test_each_disagreement_names_both_codings_and_the_experts_reason() -> None:
    session = new_session()
    play(session, {"trials[1].dose": "50 mg", "trials[0].kellner": "3"})
    results = session.results()
    [kellner, dose] = results.disagreements
    assert (dose.key, dose.trainee.shown, dose.expert.shown) == ("trials[1].dose", "50 mg/day", "100 mg/day")
    assert dose.reason == "The question asks for the highest daily dose reached."
    assert dose.says == "Fifty a day, then a hundred after the first month."
    assert kellner.key == "trials[0].kellner"
    medication = next(s for s in results.sections if s.title == "Antidepressants in this episode")
    assert (medication.scored, medication.agreed) == (11, 9)


def test_a_different_branch_counts_as_disagreement_on_every_question_it_skips() -> None:
    session = new_session()
    play(session, {"trials[0]._another": "no"})  # the expert coded a second antidepressant
    results = session.results()
    missed = [item for item in results.disagreements if item.key.startswith("trials[1]")]
    assert [item.key.split(".")[1] for item in missed] == ["drug", "dose", "weeks", "kellner", "_another"]
    assert all(item.trainee.shown.startswith("not applicable") for item in missed)


def test_a_question_off_the_experts_path_says_the_patient_has_nothing_to_add() -> None:
    session = new_session()
    session.opening()
    while (
        session.conversation.current is not None and session.conversation.current.key != "trials[1]._another"
    ):
        answer = session.case.answer(session.conversation.current.key)
        assert answer is not None
        session.code(answer.code)
    feedback = session.code("yes")  # a third antidepressant the patient never mentioned
    assert feedback.key == "trials[2].drug" and feedback.off_path and feedback.patient_says is None


def test_results_before_the_end_are_marked_incomplete() -> None:
    session = new_session()
    session.opening()
    session.code("yes")
    results = session.results()
    assert not results.completed
    assert any(item.trainee.unanswered for item in results.disagreements)
