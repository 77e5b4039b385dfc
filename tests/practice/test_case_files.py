"""Case files: clear, located errors for authoring slips, and a check of every case against its script."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview.practice.expert import play_expert
from interview.practice.library import CaseError, case_script, find_case, load_case, load_case_text
from interview.script import load_script_text

FIXTURE = Path(__file__).parent / "fixtures" / "sample_case.yaml"
TINY_SCRIPT = load_script_text("""\
id: tiny
version: "1"
title: Tiny
sections:
  - id: opening
    title: Opening
    questions:
      - {id: consent, type: yes_no, text: May I keep a record?}
      - id: answerer
        type: single_choice
        text: Who is answering today?
        when: {answer: consent, value: true}
        options: [{value: patient, label: The patient}, {value: clinician, label: A clinician}]
""").script

MINIMAL = """\
id: tiny
title: Tiny
script: tiny
synthetic: true
patient: Nobody (invented)
summary: A case for tests.
answers:
  consent: {says: "No thanks.", code: "no"}
"""


def problems_of(text: str) -> list[str]:
    with pytest.raises(CaseError) as raised:
        load_case_text(text, "case.yaml")
    return raised.value.problems


def test_a_minimal_case_loads_and_replays_to_the_end() -> None:
    case = load_case_text(MINIMAL)
    run = play_expert(case, TINY_SCRIPT)
    assert run.conversation.finished and [t.key for t in run.turns] == ["consent"]


def test_a_misspelt_key_is_named_with_its_line() -> None:
    assert problems_of(MINIMAL.replace("summary:", "sumary:")) == [
        "case.yaml:1: summary: missing required key 'summary'",
        "case.yaml:6: sumary: unknown key 'sumary' (misspelt?)",
    ]


def test_a_yaml_boolean_coding_is_rejected_with_advice() -> None:
    [problem] = problems_of(MINIMAL.replace('code: "no"', "code: false"))
    assert problem.startswith("case.yaml:8: answers.consent.code:")
    assert "write the coding as text (yes / no)" in problem


def test_a_malformed_answer_key_is_explained() -> None:
    [problem] = problems_of(MINIMAL.replace("  consent:", "  trials[x].drug:"))
    assert "answer keys are question ids, or group[item].question_id" in problem


def test_broken_yaml_points_at_where_the_unclosed_list_was_opened() -> None:
    [problem] = problems_of(MINIMAL + "  oops: [unclosed\n")
    assert problem.startswith("case.yaml:9: while parsing a flow sequence opened here and never closed")


@pytest.mark.slow
def test_a_case_nested_absurdly_deep_is_refused_not_crashed() -> None:
    [problem] = problems_of(MINIMAL + "extra: " + "[" * 2000 + "\n")
    assert problem.startswith("case.yaml:")


def test_a_question_on_the_expert_path_without_an_answer_is_named() -> None:
    case = load_case_text(MINIMAL.replace('says: "No thanks.", code: "no"', 'says: "Yes.", code: "yes"'))
    with pytest.raises(CaseError, match=r"expert path asks 'answerer' \(Who is answering today\?\)"):
        play_expert(case, TINY_SCRIPT)


def test_an_answer_for_no_question_of_the_script_is_reported_as_a_likely_misspelling() -> None:
    case = load_case_text(MINIMAL + '  answerr: {says: "Me.", code: "1"}\n')
    with pytest.raises(CaseError, match=r"the script does not have \(misspelt keys\?\): answerr"):
        play_expert(case, TINY_SCRIPT)


def test_a_coding_the_engine_rejects_is_reported() -> None:
    case = load_case_text(MINIMAL.replace('code: "no"', 'code: "perhaps later"'))
    with pytest.raises(CaseError, match="the coding 'perhaps later' is not understood"):
        play_expert(case, TINY_SCRIPT)


def test_a_coding_that_contradicts_the_literal_words_needs_a_reason() -> None:
    text = MINIMAL.replace('{says: "No thanks.", code: "no"}', '{says: "Yes.", code: "no"}')
    with pytest.raises(CaseError, match="not what the patient's words give literally; add a reason"):
        play_expert(load_case_text(text), TINY_SCRIPT)
    with_reason = text.replace('code: "no"}', 'code: "no", reason: "She withdrew consent later."}')
    assert play_expert(load_case_text(with_reason), TINY_SCRIPT).conversation.finished


def test_find_case_by_unique_beginning_or_says_what_exists() -> None:
    assert find_case("01").name.startswith("01-")
    with pytest.raises(CaseError, match="no practice case 'zz'"):
        find_case("zz")
    with pytest.raises(CaseError, match="matches several cases"):
        find_case("0")


def test_the_sample_fixture_replays_through_the_sample_script() -> None:
    case = load_case(FIXTURE)
    run = play_expert(case, case_script(case, FIXTURE))
    assert run.conversation.finished
    assert {"trials[1].dose", "trials[0]._another"} <= {turn.key for turn in run.turns}
