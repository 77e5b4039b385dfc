"""The blind held-out corpora are well formed: every line names a real question of the assessment
script and labels it with a value that question can hold.

This checks the corpora against scripts/trd_assessment.yaml only; it never runs the understanding
code, so nothing here can shape the corpora by their results.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "trd_assessment.yaml"
ANSWERS = [ROOT / "tests" / "corpora" / "answers" / "heldout2.tsv"]
RISK = [ROOT / "tests" / "corpora" / "risk" / "heldout4.tsv"]
BLIND_HEADER = (
    "Blind held-out set 2026-12-03, written without sight of the understanding code, the lexicon or "
    "earlier corpora; never edited after any run."
)

# The implicit "is there another one?" of a repeat group is a yes/no.
ANOTHER = {"id": "another", "type": "yes_no"}
CLASSES = {"ssri", "snri", "tca", "maoi"}
RISK_CATEGORIES = {
    "risk": {
        "ideation",
        "passive",
        "intent",
        "plan",
        "preparation",
        "research",
        "attempt",
        "self_harm",
        "third_party",
    },
    "denial": {"ideation", "passive", "intent", "plan", "attempt", "self_harm", "others"},
    "ordinary": {"idiom", "innocent_sense", "clinical", "bereavement", "news", "everyday", "tiredness"},
}
FORMS = {"plain", "slang", "misspelling", "textspeak", "euphemism", "shorthand", "after_denial"}


def _questions(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for item in items:
        found[item["id"]] = item
        found.update(_questions(item.get("questions", [])))
    return found


def script_questions() -> dict[str, dict[str, Any]]:
    script = YAML(typ="safe", pure=True).load(SCRIPT.read_text(encoding="utf-8"))
    questions = _questions([q for section in script["sections"] for q in section["questions"]])
    return questions | {"another": ANOTHER}


def data_lines(path: Path) -> list[tuple[int, list[str]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(n, line.split("\t")) for n, line in enumerate(lines, 1) if line and not line.startswith("#")]


def _check_value(question: dict[str, Any], value: object) -> str | None:
    """Why VALUE cannot be an answer to QUESTION, or None if it can."""
    kind = question["type"]
    options = {o["value"] for o in question.get("options", [])}
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if kind in ("yes_no", "read_back"):
        return None if isinstance(value, bool) else "a yes/no expects true or false"
    if kind == "single_choice":
        return None if value in options else f"{value!r} is not an option of {question['id']}"
    if kind == "multiple_choice":
        ok = isinstance(value, list) and all(v in options for v in value) and len(set(value)) == len(value)
        return None if ok else f"{value!r} is not a list of distinct options of {question['id']}"
    if kind == "duration":
        ok = number and 0 < value <= question.get("max_weeks", 10_000)  # type: ignore[operator]
        return None if ok else "a duration expects weeks within the question's range"
    if kind == "dose":
        ok = number and 0 < value <= question.get("max_mg", 10_000)  # type: ignore[operator]
        return None if ok else "a dose expects mg/day within the question's range"
    if kind in ("integer", "rating", "number"):
        whole = kind != "number"
        if not number or (whole and not isinstance(value, int)):
            return f"a {kind} expects a {'whole ' if whole else ''}number"
        low, high = question.get("min", -(10**9)), question.get("max", 10**9)
        return None if low <= value <= high else f"{value} is outside {low}-{high}"
    if kind == "text":
        ok = isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value))
        return None if ok else "a text answer expects a string or a list of names"
    if kind == "month_year":
        ok = (isinstance(value, int) and 1900 <= value <= 2200) or (
            isinstance(value, str) and re.fullmatch(r"(19|20|21)\d\d-(0[1-9]|1[0-2])", value) is not None
        )
        return None if ok else 'a month_year expects a year (2015) or a month as "YYYY-MM"'
    return f"no JSON value is expected for a {kind} question (use any)"


def check_answer_line(questions: dict[str, dict[str, Any]], fields: list[str]) -> str | None:
    """Why an answers line is malformed, or None."""
    if len(fields) != 3 or not all(f.strip() == f and f for f in fields):
        return "expected three tab-separated, trimmed, non-empty fields"
    qid, _, expected = fields
    question = questions.get(qid)
    if question is None:
        return f"{qid} is not a question of the script"
    if question["type"] == "repeat":
        return f"{qid} is a repeat group, not a question"
    if expected in ("any", "reprompt"):
        return None
    if expected.startswith("missing:"):
        reason = expected.removeprefix("missing:")
        allowed = {
            "dont_know": question.get("allow_dont_know", True),
            "declined": question.get("allow_decline", True),
        }
        if reason not in allowed:
            return f"unknown missing reason {reason}"
        return None if allowed[reason] else f"{qid} does not accept {reason}"
    if expected.startswith("class:"):
        return None if expected.removeprefix("class:") in CLASSES else f"unknown drug class in {expected}"
    text = expected.removeprefix("confirm:")
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return f"{expected!r} is neither a keyword nor JSON"
    return _check_value(question, value)


@pytest.mark.parametrize("path", ANSWERS + RISK, ids=lambda p: p.name)
def test_the_blind_corpora_say_how_they_were_written(path: Path) -> None:
    assert BLIND_HEADER in path.read_text(encoding="utf-8").splitlines()[0]


@pytest.mark.parametrize("path", ANSWERS, ids=lambda p: p.name)
def test_every_answer_line_names_a_question_and_a_value_it_can_hold(path: Path) -> None:
    questions = script_questions()
    problems = [
        f"line {n}: {why}" for n, fields in data_lines(path) if (why := check_answer_line(questions, fields))
    ]
    assert problems == []


@pytest.mark.parametrize("path", ANSWERS, ids=lambda p: p.name)
def test_no_answer_is_labelled_twice(path: Path) -> None:
    pairs = Counter((fields[0], fields[1].casefold()) for _, fields in data_lines(path))
    assert [pair for pair, count in pairs.items() if count > 1] == []


@pytest.mark.parametrize("path", ANSWERS, ids=lambda p: p.name)
def test_the_answers_cover_every_kind_of_question_in_the_script(path: Path) -> None:
    questions = script_questions()
    asked = {questions[fields[0]]["type"] for _, fields in data_lines(path)}
    kinds = {q["type"] for q in questions.values()} - {"repeat"}
    assert kinds - asked == set()
    assert len(data_lines(path)) >= 320


@pytest.mark.parametrize("path", RISK, ids=lambda p: p.name)
def test_every_risk_line_has_a_known_label_category_and_form(path: Path) -> None:
    problems = []
    for n, fields in data_lines(path):
        if len(fields) != 4 or not all(f.strip() == f and f for f in fields):
            problems.append(f"line {n}: expected four tab-separated fields")
            continue
        label, category, form, _ = fields
        if category not in RISK_CATEGORIES.get(label, set()) or form not in FORMS:
            problems.append(f"line {n}: {label}/{category}/{form}")
    assert problems == []


@pytest.mark.parametrize("path", RISK, ids=lambda p: p.name)
def test_the_risk_corpus_is_large_enough_and_has_no_repeats(path: Path) -> None:
    lines = data_lines(path)
    labels = Counter(fields[0] for _, fields in lines)
    assert labels["risk"] >= 220 and labels["denial"] >= 60 and labels["ordinary"] >= 220
    texts = Counter(re.sub(r"\s+", " ", fields[-1].casefold()) for _, fields in lines)
    assert [t for t, count in texts.items() if count > 1] == []


def test_the_format_check_refuses_a_wrong_label() -> None:
    questions = script_questions()
    assert check_answer_line(questions, ["phq_9", "1", '"4"']) is not None
    assert check_answer_line(questions, ["nope", "1", '"1"']) is not None
    assert check_answer_line(questions, ["med_drug", "don't know", "missing:dont_know"]) is not None
    assert check_answer_line(questions, ["consent", "yes", '"yes"']) is not None
    assert check_answer_line(questions, ["phq_9", "1", '"1"']) is None
