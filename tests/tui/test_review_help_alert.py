"""Review (change an answer: only what it affects is asked again), help (F1) and the safety banner."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Markdown, OptionList

from interview.events import AlertAcknowledged, AnswerRecorded, ContinuationDecided, Navigated
from interview.storage import SessionStore
from interview.tui.app import Start, make_app
from interview.tui.screens.help import HelpScreen
from interview.tui.screens.interview import InterviewScreen
from interview.tui.screens.review import ReviewScreen
from interview.tui.widgets.banner import SafetyBanner

from .conftest import SMALL, answer, current_key, only_session, tiny_app

SAMPLE = Path(__file__).parents[2] / "scripts" / "sample.yaml"


async def test_review_lists_answers_by_section_and_edit_asks_only_what_changed(store: SessionStore) -> None:
    app = tiny_app(store)
    async with app.run_test(size=SMALL) as pilot:
        for text in ("yes", "low", "1", "8 weeks", "sertraline"):
            await answer(pilot, text)
        assert current_key(app) == "trials[0].dose"
        await pilot.press("f6")
        review = app.screen
        assert isinstance(review, ReviewScreen)
        listing = review.query_one(OptionList)
        prompts = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert prompts[0] == "Start" and "History" in prompts
        assert any("How has your mood been?" in p and "Low" in p for p in prompts)
        listing.highlighted = 2  # answer 2: the mood
        listing.action_select()
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)
        session_id = only_session(store)
        assert any(isinstance(e, Navigated) and e.key == "mood" for e in store.events(session_id))
        await answer(pilot, "good")
        # the change touched nothing after it: the interview returns to the question it was on
        assert current_key(app) == "trials[0].dose"
        mood = [e for e in store.events(session_id) if isinstance(e, AnswerRecorded) and e.key == "mood"]
        assert [e.value for e in mood] == ["low", "good"]


async def test_escape_closes_the_review_without_changes(store: SessionStore) -> None:
    app = tiny_app(store)
    async with app.run_test(size=SMALL) as pilot:
        await answer(pilot, "yes")
        before = len(store.events(only_session(store)))
        await pilot.press("f6", "escape")
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)
        assert len(store.events(only_session(store))) == before


async def test_f1_opens_help_with_keys_and_answer_formats_and_closes(store: SessionStore) -> None:
    app = make_app(store)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.query_one(Markdown).source
        assert "F2 / F3 / F4" in text and "a length of time" in text and "does not do" in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_an_alert_shows_the_banner_and_waits_for_acknowledgement(store: SessionStore) -> None:
    app = make_app(store, Start(script_path=SAMPLE, patient_label="S-1"))
    async with app.run_test(size=SMALL) as pilot:
        for text in ("yes", "1", "1", "3", *["yes"] * 7):  # PHQ-9 scores: 1 several days, 3 nearly every day
            await answer(pilot, text)
        banner = app.screen.query_one(SafetyBanner)
        assert banner.display and "HIGH" in str(banner.render()).upper()
        await answer(pilot, "8 months")  # halted: not taken as an answer
        assert not any(
            isinstance(e, AnswerRecorded) and e.key == "episode_weeks"
            for e in store.events(only_session(store))
        )
        await pilot.press("f8")
        await pilot.pause()
        assert any(isinstance(e, AlertAcknowledged) for e in store.events(only_session(store)))
        assert banner.display and "acknowledged" in str(banner.render())
        assert current_key(app) != "episode_weeks", "the interview goes on only if the interviewer says so"
        await answer(pilot, "continue")
        assert any(isinstance(e, ContinuationDecided) and e.go_on for e in store.events(only_session(store)))
        assert current_key(app) == "episode_weeks"
