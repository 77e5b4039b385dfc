"""Risk in free text: every kind of risk statement raises a cue, denials are denials, idioms are quiet."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interview.safety import find_cues, scan_risk
from interview.safety.clauses import MAX_SCAN_CHARS

ISSUE_RISK_EXAMPLES = [
    ("I've been saving up my tablets just in case", "preparation"),
    ("I bought a rope last week", "preparation"),
    ("I've written letters to my children to read after I'm gone", "preparation"),
    ("I've picked the date", "preparation"),
    ("I just want to end it", "ideation"),
    ("I keep hoping I won't wake up", "passive"),
    ("I'm tired of living", "passive"),
    ("my wife says I talk about not being here", "third_party"),
    ("I've thought about topping myself", "ideation"),
    ("I took forty of my tablets in January but I woke up", "attempt"),
    ("I've been self harming since Christmas", "self_harm"),
    ("i want to dye", "ideation"),
    ("kms", "ideation"),
    ("unaliving myself", "ideation"),
    ("SI with plan", "plan"),
    ("passive death wishes", "passive"),
    ("better off dead", "passive"),
    ("SI with intent", "intent"),
    ("OD 2019", "attempt"),
    ("hx DSH", "self_harm"),
]


@pytest.mark.parametrize(("text", "category"), ISSUE_RISK_EXAMPLES)
def test_every_risk_example_of_the_issue_raises_a_cue_of_its_category(text: str, category: str) -> None:
    assert [cue.category for cue in scan_risk(text).cues] == [category]


@pytest.mark.parametrize(
    ("text", "category", "negation"),
    [
        ("I'm not suicidal", "ideation", "not"),
        ("denies SI", "ideation", "denies"),
        ("I would never take an overdose", "attempt", "never"),
        ("no SI, no self-harm", "ideation", "no"),
        ("SI: denied", "ideation", "denied"),
        ("I never wanted to kill myself", "ideation", "never"),
        ("no thoughts of killing myself", "ideation", "no"),
        ("I don't want to die, I want to get better", "ideation", "don't"),
    ],
)
def test_a_denial_is_recorded_as_a_denial_and_raises_no_cue(text: str, category: str, negation: str) -> None:
    found = scan_risk(text)
    assert found.cues == ()
    assert (found.denials[0].category, found.denials[0].negation) == (category, negation)


@pytest.mark.parametrize(
    "text",
    [
        "I killed myself laughing",
        "I cut myself shaving",
        "I do suicide-prevention work",
        "my feet are killing me",
        "I want to dye my hair",
        "I fill myself up with coffee",
        "in the end it all worked out",
        "we cannot go on holiday this year",
        "sertraline 100 mg OD",
        "I took 100 mg a day",
        "I wrote a letter to my sister",
        "",
    ],
)
def test_idioms_and_ordinary_talk_raise_nothing(text: str) -> None:
    assert scan_risk(text).cues == ()


def test_a_negation_ends_at_but_so_the_risk_after_it_is_a_cue() -> None:
    text = "I'm not suicidal but I've been saving my tablets"
    found = scan_risk(text)
    assert [(d.matched, d.negation) for d in found.denials] == [("suicidal", "not")]
    (cue,) = found.cues
    assert (cue.category, cue.matched) == ("preparation", "saving my tablets")
    assert text[cue.start : cue.end] == cue.matched


@pytest.mark.parametrize(
    "text",
    [
        "no, I want to die",  # "no" answers the question; it does not deny what follows
        "I don't know, I want to die",
        "I'm not sleeping, I want to die",  # a comma ends the scope
        "I can't stop thinking about suicide",  # a pseudo-negation
        "I don't want to live",  # the negation is part of the statement
    ],
)
def test_a_negation_out_of_scope_does_not_hide_risk(text: str) -> None:
    assert scan_risk(text).cues, text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("no reasn to live", "passive"),
        ("I wnat to die", "ideation"),
        ("I want to kill my self", "ideation"),
        ("i've been self harmimg", "self_harm"),
        ("I feel sucidal", "ideation"),
    ],
)
def test_one_typo_in_a_lexicon_word_still_matches(text: str, category: str) -> None:
    assert [cue.category for cue in scan_risk(text).cues] == [category]


def test_a_report_by_someone_else_is_third_party_and_keeps_what_it_concerns() -> None:
    (cue,) = scan_risk("my husband says I keep talking about ending my life").cues
    assert (cue.category, cue.concerns) == ("third_party", "ideation")


def test_the_plain_dict_form_has_cues_denials_and_spans() -> None:
    data = scan_risk("denies SI. I bought a rope").to_json()
    assert data["truncated"] is False and data["scanned_chars"] == MAX_SCAN_CHARS
    assert data["denials"] == [
        {"phrase": "si", "matched": "SI", "category": "ideation", "negation": "denies", "start": 7, "end": 9}
    ]
    assert data["cues"] == [
        {
            "phrase": "bought a rope",
            "matched": "bought a rope",
            "category": "preparation",
            "concerns": "preparation",
            "start": 13,
            "end": 26,
        }
    ]


def test_only_the_first_max_scan_chars_are_scanned_and_the_result_says_so() -> None:
    head = "I want to die " + "x" * MAX_SCAN_CHARS
    found = scan_risk(head + " I bought a rope")
    assert found.truncated
    assert [cue.matched for cue in found.cues] == ["want to die"]


def test_find_cues_gives_the_cues_alone() -> None:
    assert [c.matched for c in find_cues("I'm not suicidal but I bought a rope")] == ["bought a rope"]


@given(st.text(max_size=300))
def test_any_text_is_scanned_and_every_span_is_what_was_typed(text: str) -> None:
    found = scan_risk(text)
    for item in (*found.cues, *found.denials):
        assert text[item.start : item.end] == item.matched


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I hope I get cancer and die", "passive"),  # a wish whose object is the speaker's death
        ("I sometimes wish a car would hit me", "passive"),
        ("my family would be happier if I was gone", "passive"),
        ("I've been thinking of taking all my pills", "plan"),  # thinking of + a method as an act
        ("I could just crash the car", "plan"),
        ("I tried to suffocate myself with a bag", "attempt"),  # tried to + a method
        ("I hanged myself but the rope broke", "attempt"),
        ("i od'd last month", "attempt"),
        ("I scratch my arms till they bleed", "self_harm"),
        ("I've been putting some of my tablets away", "preparation"),
        ("I won't be around for Christmas", "intent"),
        ("I wouldn't mind dying", "passive"),  # the negation belongs to the statement
        ("self harrm", "self_harm"),  # a doubled letter in a four-letter word
    ],
)
def test_risk_is_found_by_its_parts_not_by_whole_phrases(text: str, category: str) -> None:
    assert [cue.concerns for cue in scan_risk(text).cues] == [category]


@pytest.mark.parametrize(
    "text",
    [
        "I worked out how to use the new app",
        "I'm giving my things to the charity shop before we move",
        "we watched a documentary about suicide",
        "I hope I don't wake up with a headache",
        "I saved my repeat prescription on the app",
    ],
)
def test_everyday_plans_and_topics_stay_quiet(text: str) -> None:
    assert scan_risk(text).cues == ()


def test_a_denied_list_keeps_its_scope_across_items_that_are_not_targets() -> None:
    scan = scan_risk("denies SI, HI, or self-harm")
    assert scan.cues == () and len(scan.denials) == 2
