"""The bundled rules: the problem-area catalogue and the link rules, loaded from YAML and validated."""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from ruamel.yaml import YAML

from interview.record.macro import LinkKind

RULES_FILE = "link_rules.yaml"
AREAS_FILE = "areas.yaml"


class RulesError(Exception):
    """A bundled rules file is unreadable or does not fit its model."""


class ToolKind(StrEnum):
    """The kind of a treatment tool, so that the patient's openness can rule it out."""

    PSYCHOTHERAPY = "psychotherapy"
    MEDICATION = "medication"
    LIFESTYLE = "lifestyle"
    MEDICAL = "medical"
    SAFETY = "safety"


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Tool(_Frozen):
    """A treatment tool that could address an area."""

    label: str
    kind: ToolKind


class AreaSpec(_Frozen):
    """The catalogue entry of one area: its label, tools and priority words."""

    label: str
    plain: str = ""
    """The area in the patient's words, as it reads mid-sentence ("poor sleep", "your low mood");
    when not given, the label in lower case."""
    treatments: tuple[Tool, ...]
    priority_words: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    """Other names for the area, understood when the person adds or removes a link by name."""


class LinkRule(_Frozen):
    """A rule proposing 'from_area influences to_area' when both areas are present."""

    id: str
    from_area: str
    to_area: str
    kind: LinkKind
    rationale: str
    source: str
    derived: bool


class Rules(_Frozen):
    """The area catalogue and the link rules, cross-checked."""

    areas: dict[str, AreaSpec]
    rules: tuple[LinkRule, ...] = Field(default=())

    @model_validator(mode="after")
    def _rules_name_known_areas(self) -> Rules:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id in seen:
                raise ValueError(f"duplicate rule id {rule.id!r}")
            seen.add(rule.id)
            for end in (rule.from_area, rule.to_area):
                if end not in self.areas:
                    raise ValueError(f"rule {rule.id!r} names unknown area {end!r}")
            if rule.from_area == rule.to_area:
                raise ValueError(f"rule {rule.id!r} links an area to itself")
        return self


def _read(name: str) -> dict[str, Any]:
    text = resources.files("interview.macro_analysis").joinpath("data", name).read_text(encoding="utf-8")
    data = YAML(typ="safe").load(text)
    if not isinstance(data, dict):
        raise RulesError(f"{name}: expected a mapping at the top level")
    return data


def parse_rules(areas: dict[str, Any], rules: dict[str, Any]) -> Rules:
    """Validate the two parsed YAML documents into Rules."""
    try:
        return Rules.model_validate({"areas": areas.get("areas"), "rules": rules.get("rules", [])})
    except ValidationError as error:
        raise RulesError(f"macro-analysis rules are invalid: {error}") from error


@cache
def load_rules() -> Rules:
    """The bundled rules (read once per process)."""
    return parse_rules(_read(AREAS_FILE), _read(RULES_FILE))
