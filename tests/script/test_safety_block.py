"""The `safety:` block: the sample's block is sound; its field list follows the record's screener items."""

from __future__ import annotations

from collections.abc import Callable

from interview.locations import bundled_scripts_dir
from interview.record import field_paths
from interview.record.safety import SafetyScreen
from interview.script import load_and_validate, load_script_text
from interview.script.safety import SCREENER_FIELDS

SCREENER = """\
  - id: screen
    title: Safety
    questions:
      - {id: c1, type: yes_no, text: Wish to be dead?, record: safety.wish_to_be_dead}
      - {id: c2, type: yes_no, text: Thoughts of killing yourself?, record: safety.suicidal_thoughts}
      - {id: c3, type: yes_no, text: Thought how?, record: safety.thoughts_with_method}
      - {id: c4, type: yes_no, text: Some intention?, record: safety.intent_without_plan}
      - {id: c5, type: yes_no, text: Worked out a plan?, record: safety.intent_with_plan}
      - {id: c6, type: yes_no, text: Ever done anything?, record: safety.suicidal_behaviour_lifetime}
      - {id: c6b, type: yes_no, text: In the past 3 months?, record: safety.suicidal_behaviour_past_3_months}
"""


def test_the_screener_fields_are_the_records_screener_items() -> None:
    items = [
        f"safety.{name}"
        for name in SafetyScreen.model_fields
        if name not in ("triage_level", "acknowledged_at")
    ]
    assert list(SCREENER_FIELDS) == items
    assert set(SCREENER_FIELDS) <= set(field_paths())


def test_the_sample_scripts_safety_block_is_sound() -> None:
    loaded = load_and_validate(bundled_scripts_dir() / "sample.yaml", dict.fromkeys(field_paths(), ""))
    block = loaded.script.safety
    assert block is not None and block.screener == "safety" and block.risk_cues and len(block.triggers) == 1


def test_risk_cues_are_on_unless_switched_off() -> None:
    text = 'id: s\nversion: "1"\ntitle: S\nsafety: {screener: screen}\nsections:\n' + SCREENER
    block = load_script_text(text).script.safety
    assert block is not None and block.risk_cues and block.triggers == []


def test_a_trigger_may_not_read_inside_a_repeat_item(
    assert_problems: Callable[[str, list[str]], None],
) -> None:
    text = (
        'id: s\nversion: "1"\ntitle: S\nsafety:\n  screener: screen\n  triggers:\n'
        "    - {answer: drug, value: x}\n"
        "sections:\n  - id: meds\n    title: Meds\n    questions:\n"
        "      - id: trials\n        type: repeat\n        text: Each one.\n        ask_another: Another?\n"
        "        questions:\n          - {id: drug, type: text, text: Which?}\n" + SCREENER
    )
    assert_problems(text, ["7: SCRIPT_007 safety trigger 1: condition reads 'drug' inside repeat group"])
