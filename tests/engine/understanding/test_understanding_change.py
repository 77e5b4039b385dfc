"""Words for a change on Kellner's scale, everyday phrasings of options, and drug answers that say more."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview.engine.understanding import NotUnderstood, Understood, understand_choice, understand_rating
from interview.engine.understanding.change import read_change
from interview.engine.understanding.phrasings import phrased_option
from interview.engine.understanding.trial_details import detail_pieces, split_drug_answer

# The assessment's scale (clinical-rules §9): odd points labelled, even points between them.
LABELS = {1: "a lot better", 3: "better", 5: "no change", 7: "worse", 9: "a lot worse"}
KELLNER = [(point, LABELS.get(point)) for point in range(1, 10)]
ADHERENCE = [
    ("good", "Nearly every day"),
    ("partial", "Missed some doses"),
    ("poor", "Often missed or stopped and started"),
]
PHQ = [
    ("0", "Not at all"),
    ("1", "Several days"),
    ("2", "More than half the days"),
    ("3", "Nearly every day"),
]


@pytest.mark.parametrize(
    ("text", "point", "display"),
    [
        ("a bit better", 4, "4 (a little better)"),
        ("slightly better", 4, "4 (a little better)"),
        ("a little better", 4, "4 (a little better)"),
        ("somewhat better", 4, "4 (a little better)"),
        ("I felt a bit better", 4, "4 (a little better)"),
        ("didn't help much", 4, "4 (a little better)"),
        ("not much better", 4, "4 (a little better)"),
        ("didn't help", 5, "5. no change"),
        ("it didn't help at all", 5, "5. no change"),
        ("about the same", 5, "5. no change"),
        ("quite a bit better", 2, "2 (quite a lot better)"),
        ("much better", 1, "1. a lot better"),
        ("helped a lot", 1, "1. a lot better"),
        ("a bit worse", 6, "6 (a little worse)"),
        ("much worse", 9, "9. a lot worse"),
    ],
)
def test_words_for_a_change_land_on_the_point_their_strength_falls_on(
    text: str, point: int, display: str
) -> None:
    assert understand_rating(text, KELLNER) == Understood(point, display, approximate=True)


@pytest.mark.parametrize(
    ("text", "point"), [("better", 3), ("no change", 5), ("a lot worse", 9), ("worse", 7)]
)
def test_a_label_typed_exactly_is_its_point_and_not_approximate(text: str, point: int) -> None:
    result = understand_rating(text, KELLNER)
    assert isinstance(result, Understood) and (result.value, result.approximate) == (point, False)


@pytest.mark.parametrize("text", ["a bit better", "slightly better", "a little worse", "not much better"])
def test_a_milder_phrase_never_jumps_to_the_stronger_label(text: str) -> None:
    result = understand_rating(text, KELLNER)
    assert isinstance(result, Understood) and result.value not in (1, 9)


@pytest.mark.parametrize(
    "text", ["not worse", "better and worse", "a bit much", "little change", "fantastic"]
)
def test_an_unclear_change_is_asked_again_naming_the_scale(text: str) -> None:
    result = understand_rating(text, KELLNER)
    assert isinstance(result, NotUnderstood)
    assert "1 = a lot better" in result.message and "5 = no change" in result.message


def test_a_change_stronger_than_the_scales_strongest_label_is_asked_again() -> None:
    result = understand_rating("a lot better", [(1, "better"), (2, "no change"), (3, "worse")])
    assert isinstance(result, NotUnderstood)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("took it every day", "good"),
        ("every day", "good"),
        ("Daily", "good"),
        ("I took it every day", "good"),
        ("never missed a dose", "good"),
        ("missed a few", "partial"),
        ("on and off", "poor"),
        ("3", "poor"),
    ],
)
def test_everyday_words_for_adherence_choose_the_option_they_mean(text: str, value: str) -> None:
    result = understand_choice(text, ADHERENCE)
    assert isinstance(result, Understood) and result.value == value


@pytest.mark.parametrize(
    ("text", "value"), [("every day", "3"), ("most days", "2"), ("some days", "1"), ("never", "0")]
)
def test_everyday_words_for_a_frequency_choose_the_phq_option(text: str, value: str) -> None:
    result = understand_choice(text, PHQ)
    assert isinstance(result, Understood) and result.value == value


@pytest.mark.parametrize("text", ["sometimes", "whenever", "it depends"])
def test_an_unclear_adherence_answer_is_refused_listing_the_options(text: str) -> None:
    result = understand_choice(text, ADHERENCE)
    assert isinstance(result, NotUnderstood)
    assert "1. Nearly every day" in result.message and "3. Often missed" in result.message


def test_a_phrasing_that_fits_two_options_shown_chooses_neither() -> None:
    assert phrased_option("none", ["not at all", "little or none"]) is None


@pytest.mark.parametrize(
    ("text", "drug", "kinds"),
    [
        ("Zoloft, 100 mg, about two months, didn't help much", "Zoloft", ["dose", "duration", "change"]),
        (
            "sertraline 100mg for about two months, didn't help much",
            "sertraline",
            ["dose", "duration", "change"],
        ),
        ("venlafaxine for 8 weeks at 150 mg", "venlafaxine", ["duration", "dose"]),
        ("citalopram (40mg) - 6 weeks - no change", "citalopram", ["dose", "duration", "change"]),
        ("sertraline", "sertraline", []),
        ("St John's wort, from the chemist", "St John's wort", []),
    ],
)
def test_a_drug_answer_splits_into_the_name_and_details(text: str, drug: str, kinds: list[str]) -> None:
    name, rest = split_drug_answer(text)
    assert name == drug
    assert [piece.kind for piece in detail_pieces(rest)] == kinds


def test_each_detail_keeps_the_words_typed() -> None:
    _, rest = split_drug_answer("sertraline 100mg for about two months, didn't help much")
    assert [piece.text for piece in detail_pieces(rest)] == [
        "100mg",
        "for about two months",
        "didn't help much",
    ]


@settings(max_examples=200, deadline=None)
@given(text=st.text() | st.text(alphabet="abcdefgmnotw ,;-()0123456789'", max_size=60))
def test_the_new_readers_accept_any_text_without_raising(text: str) -> None:
    read_change(text)
    phrased_option(text, ["nearly every day", "missed some doses", "not at all"])
    _, rest = split_drug_answer(text)
    detail_pieces(rest)


@pytest.mark.parametrize(
    ("text", "options", "value"),
    [
        ("by itself", [("mono", "On its own"), ("aug", "Something added to boost it")], "mono"),
        ("this one", [("current", "This episode"), ("earlier", "An earlier episode")], "current"),
        ("before", [("current", "This episode"), ("earlier", "An earlier episode")], "earlier"),
        (
            "quite a lot",
            [("none", "None"), ("mild", "Mild"), ("moderate", "Moderate"), ("severe", "Severe")],
            "moderate",
        ),
        (
            "a lot",
            [("none", "Not at all"), ("mild", "A little (mild)"), ("severe", "A great deal (severe)")],
            "severe",
        ),
        ("not really", [("lot", "A lot"), ("some", "Some"), ("little", "Nothing much")], "little"),
    ],
)
def test_everyday_words_choose_the_assessments_options(
    text: str, options: list[tuple[str, str]], value: str
) -> None:
    result = understand_choice(text, options)
    assert isinstance(result, Understood) and result.value == value


def test_a_bare_no_is_not_taken_as_the_label_no_change() -> None:
    assert isinstance(understand_rating("no", KELLNER), NotUnderstood)
