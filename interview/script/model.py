"""A question script: sections of questions, loaded from YAML and frozen."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from interview.script.conditions import Condition
from interview.script.questions import Identifier, Question, QuestionBase, Repeat
from interview.script.safety import SafetyBlock


class Section(BaseModel):
    """A group of questions with a title, shown as progress in the interview."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Identifier
    title: str
    intro: str | None = None
    """Said once when the section begins."""
    when: Condition | None = None
    """Ask the whole section only when this holds."""
    questions: list[Question] = Field(min_length=1)


class Script(BaseModel):
    """A whole interview script."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Identifier
    version: str
    """Bumped by the author on every change; sessions record it."""
    title: str
    description: str | None = None
    sections: list[Section] = Field(min_length=1)
    safety: SafetyBlock | None = None
    """The C-SSRS screener section and what starts it out of turn (clinical-rules §14)."""
    _source_text: str = PrivateAttr(default="")

    @property
    def source_text(self) -> str:
        """The YAML the script was loaded from (stored with each session)."""
        return self._source_text

    @cached_property
    def digest(self) -> str:
        """A fingerprint of the exact source, to tell versions apart even if `version` was not bumped."""
        return hashlib.sha256(self._source_text.encode()).hexdigest()[:16]

    @cached_property
    def index(self) -> ScriptIndex:
        """Lookups by id, computed once."""
        return ScriptIndex.build(self)


@dataclass(frozen=True)
class Placement:
    """Where a question stands: its section, its repeat group if any, and its document order."""

    question: QuestionBase
    section: Section
    group: Repeat | None
    order: int


@dataclass(frozen=True)
class ScriptIndex:
    """Every question by id, in document order (a repeat group before its inner questions)."""

    placements: dict[str, Placement]

    @classmethod
    def build(cls, script: Script) -> ScriptIndex:
        """Walk the script once."""
        placements: dict[str, Placement] = {}
        for question, section, group in iter_questions(script):
            placements.setdefault(question.id, Placement(question, section, group, len(placements)))
        return cls(placements)

    def question(self, qid: str) -> QuestionBase:
        """The question with this id (KeyError if there is none)."""
        return self.placements[qid].question


def iter_questions(script: Script) -> Iterator[tuple[QuestionBase, Section, Repeat | None]]:
    """Every question with its section and enclosing repeat group, in document order."""
    for section in script.sections:
        for question in section.questions:
            yield question, section, None
            if isinstance(question, Repeat):
                for inner in question.questions:
                    yield inner, section, question
