"""The macro-analysis read-back: proposed links read back numbered; the person's corrections recorded."""

from __future__ import annotations

import pytest

from interview.engine.understanding import NotUnderstood, Understood
from interview.engine.understanding.links import HOW, understand_link_edits
from interview.macro_analysis import Confidence, analyze
from interview.mapping import area_names, build_record
from interview.record.macro import LinkRef

from .talk import script_of, talk

REVIEW = """
- {id: sleep, type: yes_no, text: Is your sleep poor?, record: lifestyle.poor_sleep}
- id: areas
  type: multiple_choice
  text: Which of these fit?
  record: interpersonal.problem_areas
  options: [{value: grief, label: A loss}, {value: role_dispute, label: A dispute with someone close}]
- {id: links, type: link_review, text: These problems seem to feed each other. Is that right?,
   record: macro_decisions}
- id: first
  type: multiple_choice
  text: Which would you like to work on first?
  record: macro_decisions.priorities
  options: [{value: insomnia, label: Sleep}, {value: role_dispute, label: The dispute}]
"""


def test_the_prompt_reads_back_the_proposed_links_numbered() -> None:
    reply = talk(script_of(REVIEW), "yes").handle("2")
    asked = next(m.text for m in reply.messages if m.kind == "prompt")
    assert "Problem areas found so far:" in asked
    assert "1. Interpersonal dispute (IPT role dispute) causes or maintains Insomnia / poor sleep" in asked
    assert "2. Interpersonal dispute (IPT role dispute) causes or maintains Depressive symptoms" in asked
    assert "'remove 2'" in asked


def test_ok_confirms_every_link_read_back() -> None:
    script = script_of(REVIEW)
    record = build_record(script, talk(script, "yes", "2", "yes that's right", "1"))
    decisions = record.macro_decisions
    assert decisions.removed == []
    assert LinkRef(from_area="role_dispute", to_area="insomnia") in decisions.confirmed
    assert decisions.priorities == ["insomnia"]
    assert {link.confidence for link in analyze(record).links} == {Confidence.CONFIRMED}


def test_several_edits_in_one_line_remove_by_number_and_add_by_fuzzy_names() -> None:
    script = script_of(REVIEW)
    record = build_record(script, talk(script, "yes", "2", "remove 1, and add low mood -> poor sleep", "2"))
    analysis = analyze(record)
    assert not analysis.has_link("role_dispute", "insomnia")
    assert analysis.has_link("depression", "insomnia")
    assert record.macro_decisions.priorities == ["role_dispute"]
    assert analysis.hierarchy[0].area_id == "role_dispute"


def test_what_was_understood_is_read_back_to_the_person() -> None:
    reply = talk(script_of(REVIEW), "yes", "2").handle("remove 2")
    # shown once, under the answer (plain mode and the TUI's chat), not repeated as an acknowledgement
    understood = reply.understood or ""
    assert "remove: Interpersonal dispute (IPT role dispute) -> Depressive symptoms" in understood
    assert not any("remove:" in m.text for m in reply.messages)


def test_the_decisions_stand_when_an_earlier_answer_changes_afterwards() -> None:
    """'remove 2' was resolved to the link it named when said; later edits cannot renumber it."""
    script = script_of(REVIEW)
    conversation = talk(script, "yes", "2", "remove 2", "1", "edit 1", "no")
    record = build_record(script, conversation)
    assert record.macro_decisions.removed == [LinkRef(from_area="role_dispute", to_area="depression")]
    assert LinkRef(from_area="role_dispute", to_area="insomnia") in record.macro_decisions.confirmed


AREAS = area_names()
SHOWN = [("role_dispute", "insomnia"), ("role_dispute", "depression"), ("insomnia", "depression")]


def remove(a: str, b: str) -> dict[str, str]:
    return {"op": "remove", "from": a, "to": b}


def add(a: str, b: str, kind: str = "causes/maintains") -> dict[str, str]:
    return {"op": "add", "from": a, "to": b, "kind": kind}


@pytest.mark.parametrize(
    ("said", "edits"),
    [
        ("ok", []),
        ("Yes, that's right", []),
        ("remove 2", [remove("role_dispute", "depression")]),
        ("remove 2 and 3", [remove("role_dispute", "depression"), remove("insomnia", "depression")]),
        ("remove all", [remove(*link) for link in SHOWN]),
        ("add insomnia -> low mood", [add("insomnia", "depression")]),
        ("add work stress worsens poor sleep", [add("stress_overload", "insomnia", "worsens")]),
        ("remove the link from dispute to sleep", [remove("role_dispute", "insomnia")]),
        (
            "ok, remove 1; add grief -> depresion",
            [remove("role_dispute", "insomnia"), add("grief", "depression")],
        ),
    ],
)
def test_read_back_answers_are_understood(said: str, edits: list[dict[str, object]]) -> None:
    understood = understand_link_edits(said, AREAS, SHOWN)
    assert isinstance(understood, Understood)
    assert understood.value == {"shown": [list(link) for link in SHOWN], "edits": edits}


@pytest.mark.parametrize(
    ("said", "shown", "hint"),
    [
        ("hmm", SHOWN, "Say 'ok'"),
        ("add insomnia", SHOWN, "one area -> another"),
        ("add unicorns -> low mood", SHOWN, "I don't know the problem area 'unicorns'"),
        ("remove 0", SHOWN, "numbered 1 to 3"),
        ("remove 4", SHOWN, "numbered 1 to 3"),
        ("remove 1", [], "No links were read back"),
        ("add sleep -> insomnia", SHOWN, "two different areas"),
        ("x" * 400, SHOWN, "too long"),
    ],
)
def test_unclear_read_back_answers_say_what_is_expected(
    said: str, shown: list[tuple[str, str]], hint: str
) -> None:
    understood = understand_link_edits(said, AREAS, shown)
    assert isinstance(understood, NotUnderstood)
    assert hint in understood.message


def test_a_number_beyond_the_links_read_back_is_asked_again_in_the_interview() -> None:
    reply = talk(script_of(REVIEW), "yes", "2").handle("remove 9")
    assert [m.text for m in reply.messages if m.kind == "error"] == [
        "I did not understand 'remove 9' here. The links read back are numbered 1 to 3. " + HOW
    ]
