"""The published JSON Schema: current, and describing what the loader accepts."""

from __future__ import annotations

import json
from pathlib import Path

from interview.script.schema import script_json_schema, script_json_schema_text

COMMITTED = Path(__file__).parents[2] / "scripts" / "script.schema.json"


def test_committed_schema_is_current() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == script_json_schema_text(), (
        "scripts/script.schema.json is stale; regenerate it with: "
        "interview schema script > scripts/script.schema.json "
        "(or: python -m interview.script.schema > scripts/script.schema.json)"
    )


def test_schema_forbids_unknown_keys_in_every_object() -> None:
    definitions = script_json_schema()["$defs"]
    objects = {name: d for name, d in definitions.items() if d.get("type") == "object" and "properties" in d}
    assert objects
    assert {name for name, d in objects.items() if d.get("additionalProperties") is not False} == set()


def test_schema_offers_every_question_kind() -> None:
    text = json.dumps(script_json_schema())
    for kind in ("yes_no", "single_choice", "multiple_choice", "integer", "number", "duration", "dose",
                 "month_year", "rating", "text", "repeat"):  # fmt: skip
        assert f'"const": "{kind}"' in text


def test_schema_names_the_not_condition_by_its_yaml_key() -> None:
    assert "not" in script_json_schema()["$defs"]["NotCondition"]["properties"]
