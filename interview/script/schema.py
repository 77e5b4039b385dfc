"""The JSON Schema of a script, for editors that validate and complete YAML as it is typed."""

from __future__ import annotations

import json
from typing import Any

from interview.script.model import Script


def script_json_schema() -> dict[str, Any]:
    """The JSON Schema of a script file (cross-references are checked by `interview validate`, not here)."""
    schema = Script.model_json_schema(by_alias=True)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def script_json_schema_text() -> str:
    """The schema as committed in scripts/script.schema.json: sorted keys, two-space indent, final newline."""
    return json.dumps(script_json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


# `python -m interview.script.schema`, the same as `interview schema script`
if __name__ == "__main__":
    import sys

    sys.stdout.write(script_json_schema_text())
