"""The interview screen: every turn is stored before it is shown, and every key does what it says."""

from __future__ import annotations

from interview.events import AnswerMissing, AnswerRecorded, Navigated, Paused, QuestionAsked
from interview.storage import SessionStore
from interview.tui.screens.home import HomeScreen
from interview.tui.screens.interview import InterviewScreen
from interview.tui.widgets.answer import AnswerInput
from interview.tui.widgets.chat import ChatLog
from interview.tui.widgets.choices import ChoiceList
from interview.tui.widgets.progress import ProgressPanel

from .conftest import SMALL, answer, current_key, kinds, only_session, tiny_app


def chat_text(screen: InterviewScreen) -> str:
    return "\n".join(line.text for line in screen.query_one(ChatLog).lines)


async def test_an_answer_is_stored_before_the_next_question_shows(store: SessionStore) -> None:
    app = tiny_app(store)
    async with app.run_test(size=SMALL) as pilot:
        await answer(pilot, "yes")
        session_id = only_session(store)
        # the next question is on screen, and the answer and that question are already on disk
        assert "How has your mood been?" in chat_text(app.screen)  # type: ignore[arg-type]
        assert kinds(store, session_id)[-3:] == ["input_received", "answer_recorded", "question_asked"]
        recorded = [e for e in store.events(session_id) if isinstance(e, AnswerRecorded)]
        assert [(e.key, e.value) for e in recorded] == [("consent", True)]


async def test_an_approximate_answer_shows_what_was_understood(store: SessionStore) -> None:
    app = tiny_app(store)
    async with app.run_test(size=SMALL) as pilot:
        for text in ("yes", "low", "", "about eight months"):
            await answer(pilot, text)
        assert "understood as: 8 months" in chat_text(app.screen)  # type: ignore[arg-type]


async def test_a_rejected_answer_is_kept_and_the_question_stays(store: SessionStore) -> None:
    app = tiny_app(store)
    async with app.run_test(size=SMALL) as pilot:
        await answer(pilot, "purple")
        assert kinds(store, only_session(store))[-2:] == ["input_received", "answer_rejected"]
        assert current_key(app) == "consent"


async def test_choices_are_offered_and_a_click_answers(store: SessionStore) -> None:
    app = tiny_app(store)
    async with app.run_test(size=SMALL) as pilot:
        await answer(pilot, "yes")
        choices = app.screen.query_one(ChoiceList)
        assert choices.display and choices.option_count == 3
        choices.highlighted = 2
        choices.action_select()
        await pilot.pause()
        recorded = [e for e in store.events(only_session(store)) if isinstance(e, AnswerRecorded)]
        assert (recorded[-1].key, recorded[-1].value) == ("mood", "good")


async def test_picking_in_a_multiple_choice_question_adds_to_the_input(store: SessionStore) -> None:
    app = tiny_app(store)
    async with app.run_test(size=SMALL) as pilot:
        await answer(pilot, "yes")
        await answer(pilot, "1")
        choices = app.screen.query_one(ChoiceList)
        for index in (0, 2):
            choices.highlighted = index
            choices.action_select()
            await pilot.pause()
        assert app.screen.query_one(AnswerInput).value == "1, 3"
        await pilot.press("enter")
        await pilot.pause()
        recorded = [e for e in store.events(only_session(store)) if isinstance(e, AnswerRecorded)]
        assert (recorded[-1].key, recorded[-1].value) == ("symptoms", ["sleep", "energy"])


async def test_the_input_completes_drug_names_from_the_catalogue(store: SessionStore) -> None:
    app = tiny_app(store)
    async with app.run_test(size=SMALL) as pilot:
        for text in ("yes", "1", "", "6 months"):
            await answer(pilot, text)
        await pilot.press(*"sertr")
        await pilot.pause()
        field = app.screen.query_one(AnswerInput)
        assert field._suggestion.casefold() == "sertraline"
        await pilot.press("right")  # accepts the completion
        assert field.value.casefold() == "sertraline"


async def test_keys_back_skip_why_help(store: SessionStore) -> None:
    app = tiny_app(store)
    async with app.run_test(size=SMALL) as pilot:
        await answer(pilot, "yes")
        await pilot.press("f4")  # why
        await pilot.pause()
        assert "Mood is the core symptom." in chat_text(app.screen)  # type: ignore[arg-type]
        await answer(pilot, "2")
        await pilot.press("f3")  # skip: the symptoms question is optional
        await pilot.pause()
        session_id = only_session(store)
        assert any(isinstance(e, AnswerMissing) and e.key == "symptoms" for e in store.events(session_id))
        await pilot.press("f2")  # back to the skipped question
        await pilot.pause()
        assert isinstance(store.events(session_id)[-2], Navigated)
        assert current_key(app) == "symptoms"


async def test_pause_stores_it_and_returns_home(store: SessionStore) -> None:
    app = tiny_app(store)
    async with app.run_test(size=SMALL) as pilot:
        await answer(pilot, "yes")
        await pilot.press("f7")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert isinstance(store.events(only_session(store))[-1], Paused)
        assert store.summaries()[0].status == "paused"


async def test_escape_goes_home_and_keeps_the_session_resumable(store: SessionStore) -> None:
    app = tiny_app(store)
    async with app.run_test(size=SMALL) as pilot:
        await answer(pilot, "yes")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("enter")  # resume the highlighted (only) session
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)
        assert current_key(app) == "mood"


async def test_a_resumed_session_shows_the_conversation_so_far_then_its_question(
    store: SessionStore,
) -> None:
    app = tiny_app(store)
    async with app.run_test(size=SMALL) as pilot:
        for text in ("yes", "low", "", "about eight months"):
            await answer(pilot, text)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("enter")  # resume it from Home
        await pilot.pause()
        chat = chat_text(app.screen)  # type: ignore[arg-type]
        earlier, now = chat.split("Resumed here")
        assert earlier.index("May I keep a record") < earlier.index("› yes") < earlier.index("mood")
        assert "› about eight months" in earlier and "understood as: 8 months" in earlier
        asked = [e for e in store.events(only_session(store)) if isinstance(e, QuestionAsked)]
        assert asked[-1].prompt in now and "› " not in now  # then the question it stopped at
        assert asked[-1].prompt not in earlier  # asked once, below, not also as history


async def test_a_new_session_shows_no_earlier_conversation(store: SessionStore) -> None:
    app = tiny_app(store)
    async with app.run_test(size=SMALL):
        assert "Earlier in this session" not in chat_text(app.screen)  # type: ignore[arg-type]


async def test_a_session_resumed_before_any_answer_shows_no_empty_history(store: SessionStore) -> None:
    app = tiny_app(store)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert "Earlier in this session" not in chat_text(app.screen)  # type: ignore[arg-type]


async def test_the_side_panel_follows_the_sections(store: SessionStore) -> None:
    app = tiny_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await answer(pilot, "yes")
        await pilot.pause(ProgressPanel.DELAY + 0.1)  # it redraws a moment after the turn
        panel = str(app.screen.query_one(ProgressPanel).render())
        assert "▶ Start  1/3" in panel and "· History" in panel
        assert "1 of" in panel


async def test_the_palette_offers_each_interview_action(store: SessionStore) -> None:
    app = tiny_app(store)
    async with app.run_test(size=SMALL):
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Back", "Skip", "Why", "Help", "Pause", "Review"} <= titles


async def test_long_lines_wrap_beside_the_side_panel_instead_of_being_cut(store: SessionStore) -> None:
    app = tiny_app(store)
    async with app.run_test(size=(100, 30)) as pilot:  # the panel shows from 100 columns
        await answer(pilot, "perhaps, " * 10)  # not understood: shown as typed, then the question again
        chat = app.screen.query_one(ChatLog)
        assert "perhaps, perhaps" in chat_text(app.screen)  # type: ignore[arg-type]
        assert max(line.cell_length for line in chat.lines) <= chat.scrollable_content_region.width
