"""Per-area and per-link questions of the macro-analysis (issue 15): items_from groups list the areas
found and the strongest links when reached, fixed in the event log; each area is rated, each link is
confirmed, changed or removed on its own, by whom; "more?" after each page; resume and replay."""

from __future__ import annotations

from interview.engine import Conversation
from interview.events import ItemsListed
from interview.macro_analysis import Confidence, analyze
from interview.mapping import build_record
from interview.mapping.read_backs import READ_BACKS
from interview.record.macro import Checker, LinkDecisions, LinkRef

from .talk import TODAY, script_of, talk

SCALE = """[{value: "0", label: Not at all, score: 0}, {value: "1", label: A little, score: 1},
            {value: "2", label: Quite a lot, score: 2}, {value: "3", label: A great deal, score: 3}]"""

ITEMS = f"""
- {{id: sleep, type: yes_no, text: Is your sleep poor?, record: lifestyle.poor_sleep}}
- id: areas
  type: multiple_choice
  text: Which of these fit?
  record: interpersonal.problem_areas
  options: [{{value: grief, label: A loss}}, {{value: role_dispute, label: A dispute with someone close}}]
- id: ratings
  type: repeat
  items_from: problem_areas
  text: For each problem, how heavy it is.
  required: false
  questions:
    - id: burden
      type: single_choice
      text: How much does {{item}} trouble you?
      required: false
      numbering: score
      record: macro_decisions.ratings[].burden
      options: {SCALE}
    - id: impairment
      type: single_choice
      text: How much does it get in the way?
      required: false
      numbering: score
      record: macro_decisions.ratings[].impairment
      options: {SCALE}
- id: who
  type: single_choice
  text: Who checks the links?
  required: false
  record: macro_decisions.checked_by
  options: [{{value: patient, label: The patient}}, {{value: clinician, label: The clinician}},
            {{value: both, label: Both}}]
- id: checks
  type: repeat
  items_from: strongest_links
  page_size: 2
  ask_another: More links?
  text: The links, one at a time.
  required: false
  questions:
    - id: check
      type: single_choice
      text: "{{item}}. Is that right?"
      required: false
      record: macro_decisions.link_checks[].answer
      options:
        - {{value: confirm, label: "Yes, that's right"}}
        - {{value: reverse, label: "It's the other way round"}}
        - {{value: worsens, label: "It makes it worse"}}
        - {{value: causes, label: "It brings it on"}}
        - {{value: remove, label: "No link"}}
- {{id: done, type: yes_no, text: Anything else?, required: false}}
"""

# sleep poor; a dispute; depression, sleep and dispute rated; the patient checks
BEFORE_LINKS = ("yes", "2", "2", "1", "3", "3", "1", "0", "1")


def ends(item: str) -> tuple[str, str]:
    """A listed link's id 'from>to' as its two areas."""
    start, _, end = item.partition(">")
    return start, end


def prompts(conversation: Conversation, line: str) -> str:
    return "\n".join(m.text for m in conversation.handle(line).messages if m.kind == "prompt")


def test_each_area_found_is_asked_its_burden_and_impairment_numbered_by_score() -> None:
    script = script_of(ITEMS)
    conversation = talk(script, "yes")
    asked = prompts(conversation, "2")
    assert "How much does your low mood trouble you?" in asked
    assert "  0. Not at all" in asked and "  3. A great deal" in asked
    listed = conversation.book.listed["ratings"]
    assert [area for area, _ in listed] == ["depression", "insomnia", "role_dispute"]
    second = talk(script, "yes", "2", "2", "1").resume()
    assert "How much does poor sleep trouble you?" in "\n".join(m.text for m in second.messages)
    record = build_record(script, talk(script, "yes", "2", "2", "1", "skip", "skip", "3", "3"))
    rated = {r.area: (r.burden, r.impairment) for r in record.macro_decisions.ratings}
    assert rated == {"depression": (2, 1), "role_dispute": (3, 3)}, "a skipped area gives no rating"


def test_each_link_is_read_back_on_its_own_in_plain_words() -> None:
    conversation = talk(script_of(ITEMS), *BEFORE_LINKS[:-1])
    asked = prompts(conversation, BEFORE_LINKS[-1])
    assert "1. Yes, that's right" in asked
    first = conversation.book.listed["checks"][0][1]
    assert asked.count(". Is that right?") == 1, "one link per turn"
    assert first in asked and "seems to" in first
    for jargon in ("Allostatic", "(DCPR-R)", "(Ryff)", "IPT", "causes or maintains"):
        assert all(jargon not in words for _, words in conversation.book.listed["checks"])


def test_one_yes_confirms_only_its_own_link_and_who_checked_it_is_recorded() -> None:
    script = script_of(ITEMS)
    conversation = talk(script, *BEFORE_LINKS, "1", "5")
    links = [item for item, _ in conversation.book.listed["checks"]]
    record = build_record(script, conversation)
    first, second = ends(links[0]), ends(links[1])
    decisions = record.macro_decisions
    assert decisions.confirmed == [LinkRef(from_area=first[0], to_area=first[1], by=Checker.PATIENT)]
    assert decisions.removed == [LinkRef(from_area=second[0], to_area=second[1], by=Checker.PATIENT)]
    analysis = analyze(record)
    statuses = {(link.from_area, link.to_area): link.status for link in analysis.links}
    assert statuses[first] == "confirmed by the patient"
    assert not analysis.has_link(*second)
    assert Confidence.PROPOSED in {link.confidence for link in analysis.links}, "the rest stay proposed"


def test_a_link_can_be_turned_round_or_given_another_kind() -> None:
    script = script_of(ITEMS)
    conversation = talk(script, *BEFORE_LINKS, "2", "3")
    first, second = (ends(item) for item, _ in conversation.book.listed["checks"][:2])
    analysis = analyze(build_record(script, conversation))
    assert analysis.has_link(first[1], first[0]) and not analysis.has_link(*first)
    turned = next(link for link in analysis.links if (link.from_area, link.to_area) == (first[1], first[0]))
    assert turned.status == "changed by the patient"
    changed = next(link for link in analysis.links if (link.from_area, link.to_area) == second)
    assert changed.kind.value == "worsens"


def test_more_links_are_offered_after_each_page_and_only_a_yes_reads_them() -> None:
    script = script_of(ITEMS)
    conversation = talk(script, *BEFORE_LINKS, "1")
    assert "More links?" in prompts(conversation, "1")
    assert "Anything else?" in prompts(conversation, "no")
    more = talk(script, *BEFORE_LINKS, "1", "1")
    assert "Is that right?" in prompts(more, "yes")
    assert more.current is not None and (more.current.group, more.current.item) == ("checks", 2)


def test_an_interview_resumed_in_the_middle_of_the_links_asks_the_same_link_again() -> None:
    script = script_of(ITEMS)
    conversation, first = Conversation.start(script, "P-01", today=lambda: TODAY, read_backs=READ_BACKS)
    events = list(first.events)
    for line in (*BEFORE_LINKS, "1"):
        events += conversation.handle(line).events
    assert any(isinstance(event, ItemsListed) and event.key == "checks" for event in events)
    resumed = Conversation.replay(script, events, today=lambda: TODAY, read_backs=READ_BACKS)
    assert resumed.current == conversation.current
    asked = "\n".join(m.text for m in resumed.resume().messages if m.kind == "prompt")
    assert conversation.book.listed["checks"][1][1] in asked
    resumed.handle("5")
    both = [build_record(script, c).macro_decisions for c in (resumed, talk(script, *BEFORE_LINKS, "1", "5"))]
    assert both[0] == both[1]


def test_the_listed_items_keep_their_numbers_when_an_earlier_answer_changes() -> None:
    script = script_of(ITEMS)
    conversation = talk(script, *BEFORE_LINKS, "1", "1", "no")
    before = list(conversation.book.listed["ratings"])
    conversation.handle("edit 2")  # the problem areas: now a loss as well
    conversation.handle("1, 2")
    after = conversation.book.listed["ratings"]
    assert after[: len(before)] == before and after[len(before)][0] == "grief", "new areas are appended"


def test_records_made_before_per_link_checks_still_load() -> None:
    old = {"confirmed": [{"from_area": "insomnia", "to_area": "depression"}], "removed": [], "added": []}
    decisions = LinkDecisions.model_validate(old)
    assert decisions.confirmed[0].by is None and decisions.ratings == [] and decisions.changed == []


def test_the_validator_refuses_items_from_with_count_from_or_a_page_without_more() -> None:
    from interview.script.loader import load_script_text
    from interview.script.validator import validate

    from .talk import HEADER

    def codes(questions: str) -> list[str]:
        import textwrap

        body = textwrap.indent(textwrap.dedent(questions).strip("\n"), "      ")
        return [problem.code for problem in validate(load_script_text(HEADER + body + "\n"))]

    assert "SCRIPT_013" not in codes(ITEMS)
    with_count = ITEMS.replace(
        "  items_from: problem_areas\n", "  items_from: problem_areas\n  count_from: sleep\n"
    )
    assert "SCRIPT_013" in codes(with_count)
    assert "SCRIPT_013" in codes(ITEMS.replace("  ask_another: More links?\n", ""))
