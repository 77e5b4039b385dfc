"""Table-driven checks of the subtle rules, pyxform style: a tiny script inline, the problems it must give.

Line numbers count from the first line of each snippet.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from interview.script import ErrorCode, ScriptError, load_script_text

AssertProblems = Callable[[str, list[str]], None]

MOOD = """\
- {id: mood, type: yes_no, text: Low mood?}
"""
TRIALS = """\
- id: trials
  type: repeat
  text: Each medication.
  ask_another: Another one?
  questions:
    - {id: drug, type: text, text: Which?}
    - {id: helped, type: yes_no, text: Did it help?}
"""

CASES: dict[str, tuple[str, list[str]]] = {
    "not of a yes/no answer is sound": (
        MOOD + "- {id: why, type: text, text: Why?, when: {not: {answer: mood, value: true}}}\n",
        [],
    ),
    "in on a yes/no with a list of booleans is sound": (
        MOOD + "- {id: why, type: text, text: Why?, when: {answer: mood, op: in, value: [true]}}\n",
        [],
    ),
    "in needs a list": (
        MOOD + "- {id: why, type: text, text: Why?, when: {answer: mood, op: in, value: true}}\n",
        ["2: SCRIPT_007 'in' needs a list of values"],
    ),
    "eq compares with one value, not a list": (
        MOOD + "- {id: why, type: text, text: Why?, when: {answer: mood, value: [true]}}\n",
        ["2: SCRIPT_007 'eq' compares with one value, not a list"],
    ),
    "answered takes no value": (
        MOOD + "- {id: why, type: text, text: Why?, when: {answer: mood, op: answered, value: true}}\n",
        ["2: SCRIPT_007 'answered' takes no value"],
    ),
    "ordering on a yes/no is a type mismatch": (
        MOOD + "- {id: why, type: text, text: Why?, when: {answer: mood, op: gt, value: false}}\n",
        ["2: SCRIPT_007 a yes no answer cannot use 'gt'"],
    ),
    "contains on free text is sound (a substring)": (
        "- {id: job, type: text, text: Job?}\n"
        "- {id: why, type: text, text: Why?, when: {answer: job, op: contains, value: nurse}}\n",
        [],
    ),
    "a number is not compared with true": (
        "- {id: age, type: integer, text: Age?}\n"
        "- {id: why, type: text, text: Why?, when: {answer: age, op: ge, value: true}}\n",
        ["2: SCRIPT_007 compare with a number, not True"],
    ),
    "a month-year is ordered against YYYY-MM": (
        "- {id: since, type: month_year, text: Since?}\n"
        "- {id: why, type: text, text: Why?, when: {answer: since, op: lt, value: '2020-01'}}\n",
        [],
    ),
    "a question reading an earlier answer of its own item is sound": (
        TRIALS + "    - {id: why, type: text, text: Why?, when: {answer: helped, value: false}}\n",
        [],
    ),
    "a question of one group cannot read another group's item": (
        TRIALS
        + "- id: therapies\n  type: repeat\n  text: Each therapy.\n  ask_another: Another?\n  questions:\n"
        + "    - {id: why, type: text, text: Why?, when: {answer: helped, value: false}}\n",
        ["13: SCRIPT_007 inside repeat group 'trials'"],
    ),
    "a repeat group is compared by a count, not an answer": (
        TRIALS + "- {id: why, type: text, text: Why?, when: {answer: trials, op: answered}}\n",
        ["8: SCRIPT_007 'trials' is a repeat group: compare with a count condition"],
    ),
    "a count's where may read any question of its group": (
        TRIALS
        + "- id: why\n  type: text\n  text: Why?\n"
        + "  when: {count: trials, where: {answer: helped, value: false}, op: ge, value: 2}\n",
        [],
    ),
    "a count's where is type-checked against the group's questions": (
        TRIALS
        + "- id: why\n  type: text\n  text: Why?\n"
        + "  when:\n    count: trials\n    where:\n      answer: helped\n      value: 3\n",
        ["15: SCRIPT_007 compare with true or false, not 3"],
    ),
    "a count over a later group is a later reference": (
        "- {id: why, type: text, text: Why?, when: {count: trials}}\n" + TRIALS,
        ["1: SCRIPT_006 condition reads 'trials', which is asked later"],
    ),
    "a section condition may read questions of earlier sections": (
        """\
        id: s
        version: "1"
        title: S
        sections:
          - id: one
            title: One
            questions:
              - {id: mood, type: yes_no, text: Low?}
          - id: two
            title: Two
            when: {answer: mood, value: true}
            questions:
              - {id: why, type: text, text: Why?}
        """,
        [],
    ),
    "an unknown reference is not also reported unreachable": (
        "- {id: why, type: text, text: Why?, when: {answer: nobody, value: true}}\n",
        ["1: SCRIPT_005 condition reads unknown question 'nobody'"],
    ),
    "a question depending on a broken condition is judged as if it could be asked": (
        MOOD
        + "- {id: since, type: month_year, text: Since?, when: {answer: mood, value: 1}}\n"
        + "- {id: why, type: text, text: Why?, when: {answer: since, op: answered}}\n",
        ["2: SCRIPT_007 compare with true or false, not 1"],
    ),
    "a count that can never reach its value is unreachable": (
        "- {id: n, type: integer, text: How many?, min: 0, max: 3}\n"
        "- {id: why, type: text, text: Why?, when: {answer: n, op: gt, value: 3}}\n",
        ["2: SCRIPT_008 can never be asked"],
    ),
    "an integer compared at its bound is reachable": (
        "- {id: n, type: integer, text: How many?, min: 0, max: 3}\n"
        "- {id: why, type: text, text: Why?, when: {answer: n, op: ge, value: 3}}\n",
        [],
    ),
    "missing with a reason is reachable though the answer never equals anything": (
        MOOD + "- {id: why, type: text, text: Why?, when: {answer: mood, op: missing, value: declined}}\n",
        [],
    ),
    "an option value that differs only in case is a duplicate": (
        "- id: c\n  type: single_choice\n  text: Which?\n  options:\n"
        "    - {value: a, label: A}\n    - {value: A, label: Other}\n",
        ["6: SCRIPT_004 duplicate option value 'A'"],
    ),
    "an acknowledgement may quote an earlier question outside any group": (
        MOOD + "- {id: why, type: text, text: Why?, ack: 'You said {mood}: {answer}.'}\n",
        [],
    ),
    "an item label may use {n} but no answer": (
        "- id: trials\n  type: repeat\n  text: Each.\n  ask_another: Another?\n"
        "  item_label: 'trial {n}: {answer}'\n  questions:\n    - {id: drug, type: text, text: Which?}\n",
        ["5: SCRIPT_012 placeholder '{answer}'"],
    ),
    "a question's text may quote an earlier question": (
        MOOD + "- {id: why, type: text, text: 'You said {mood}. Why?'}\n",
        [],
    ),
    "a question's text quoting a later question is refused (it would show '(no answer)')": (
        "- {id: why, type: text, text: 'Why {mood}?'}\n" + MOOD,
        ["1: SCRIPT_006 question 'why': placeholder '{mood}' quotes a later question"],
    ),
    "a question's text cannot quote an item of a repeat group from outside it": (
        TRIALS + "- {id: best, type: text, text: 'Was {drug} the best?'}\n",
        ["8: SCRIPT_012 question 'best': placeholder '{drug}' quotes a question inside another repeat group"],
    ),
    "a question's text has no {answer} yet": (
        "- {id: why, type: text, text: 'Why {answer}?'}\n",
        ["1: SCRIPT_012 question 'why': placeholder '{answer}'"],
    ),
    "a misspelt key in a text question points at its own line, not the text: line": (
        "- id: why\n  type: text\n  text: Why?\n  recrd: lifestyle.poor_sleep\n",
        ["4: SCRIPT_002 sections.0.questions.0.recrd: unknown key 'recrd'"],
    ),
    "a count_from inside a repeat group is refused": (
        TRIALS.replace("ask_another: Another one?", "count_from: drug"),
        ["4: SCRIPT_013 count_from must name an integer question outside any group"],
    ),
}


@pytest.mark.parametrize(("yaml_text", "expected"), CASES.values(), ids=CASES.keys())
def test_rule(assert_problems: AssertProblems, yaml_text: str, expected: list[str]) -> None:
    assert_problems(yaml_text, expected)


@pytest.mark.parametrize(
    "text",
    ["? - - ", "? : - ", "&a [*a]", "\x00", pytest.param("[" * 2000, marks=pytest.mark.slow, id="2000-deep")],
)
def test_unreadable_yaml_is_reported_as_script_001(text: str) -> None:
    with pytest.raises(ScriptError) as caught:
        load_script_text(text)
    assert [p.code for p in caught.value.problems] == [ErrorCode.YAML_SYNTAX]


def alias_bomb(levels: int) -> str:
    """Each level an alias list of nine of the level before: 9**levels nodes from a few hundred bytes."""
    lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x"]']
    lines += [f"a{n}: &a{n} [{','.join([f'*a{n - 1}'] * 9)}]" for n in range(1, levels)]
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_is_refused_before_it_expands() -> None:
    text = alias_bomb(9)  # 9**9 (387 million) nodes once expanded, from 330 bytes
    with pytest.raises(ScriptError) as caught:
        load_script_text(text)
    (problem,) = caught.value.problems
    assert problem.code == ErrorCode.YAML_SYNTAX and "aliases expand to more than" in problem.message


def test_aliases_that_reuse_a_part_a_few_times_are_still_read() -> None:
    with pytest.raises(ScriptError) as caught:  # read, then refused by the schema: not by the bound
        load_script_text(alias_bomb(3))
    assert {p.code for p in caught.value.problems} == {ErrorCode.SCHEMA}


@pytest.mark.parametrize(
    ("tag", "said"),
    [("!!str", "the tag !!str is on a list"), ("!custom", "the tag !custom is on a list"),
     ("!!int", "expected a scalar node, but found sequence")],
)  # fmt: skip
def test_a_tag_contradicting_a_list_is_located_not_a_crash(tag: str, said: str) -> None:
    text = HEADER_FOR_TAGS + f"    questions: {tag}\n      - {{id: q, type: yes_no, text: Sure?}}\n"
    with pytest.raises(ScriptError) as caught:
        load_script_text(text)
    (problem,) = caught.value.problems
    assert problem.code == ErrorCode.YAML_SYNTAX and problem.line == 7
    assert said in problem.message


HEADER_FOR_TAGS = 'id: x\nversion: "1"\ntitle: T\nsections:\n  - id: s\n    title: S\n'


def test_a_top_level_key_named_like_a_question_type_is_an_unknown_key_not_a_crash() -> None:
    # found by Hypothesis: 'type: type' made the error path empty and the message raised IndexError
    with pytest.raises(ScriptError) as caught:
        load_script_text("type: type")
    assert any("unknown key 'type'" in problem.message for problem in caught.value.problems)
