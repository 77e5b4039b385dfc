"""Static checks of a loaded script: references, types, reachability, templates, record fields."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from interview.script.errors import ErrorCode, ScriptProblem
from interview.script.loader import LoadedScript
from interview.script.questions import (
    Dose,
    Duration,
    Integer,
    MultipleChoice,
    Number,
    Rating,
    Repeat,
    SingleChoice,
    Text,
)
from interview.script.reachability import unreachable_questions
from interview.script.record_checks import record_problems
from interview.script.record_fields import FieldShape
from interview.script.references import Located, ReferenceRules, Scope, locate
from interview.script.safety_checks import safety_problems

PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def validate(
    loaded: LoadedScript, record_fields: Mapping[str, str | FieldShape] | None = None
) -> list[ScriptProblem]:
    """Every problem in the script, sorted by line; an empty list means it is sound.

    `record_fields` maps each ClinicalRecord field path to a description; without it the `record:`
    paths are not checked. Where a path maps to a FieldShape (interview.mapping.record_fields()),
    the question's kind, options and bounds are checked against the field's type too.
    """
    checks = _Checks(loaded, locate(loaded.script), record_fields)
    return sorted(set(checks.run()))


class _Checks:
    def __init__(
        self,
        loaded: LoadedScript,
        located: list[Located],
        record_fields: Mapping[str, str | FieldShape] | None,
    ) -> None:
        self.source = loaded.source
        self.script = loaded.script
        self.located = located
        self.rules = ReferenceRules(loaded.script, located)
        self.by_id = self.rules.by_id
        self.record_fields = record_fields
        self.condition_trouble: set[str] = set()
        """Questions and sections whose condition already has a problem: not reported unreachable too."""

    def run(self) -> Iterator[ScriptProblem]:
        yield from self._duplicate_ids()
        for item in self.located:
            yield from self._options(item)
            yield from self._bounds(item)
            yield from self._repeat(item)
            yield from self._record_field(item)
            yield from self._template(item)
        yield from self._question_conditions()
        yield from self._section_conditions()
        yield from self._reachability()
        yield from safety_problems(self.script, self.source, self.located, self.rules)

    def _problem(self, item: Located, code: ErrorCode, message: str, *key: str | int) -> ScriptProblem:
        return self.source.problem((*item.path, *key), code, f"question '{item.question.id}': {message}")

    def _duplicate_ids(self) -> Iterator[ScriptProblem]:
        seen: dict[str, int] = {}
        for s, section in enumerate(self.script.sections):
            if section.id in seen:
                yield self.source.problem(
                    ("sections", s, "id"), ErrorCode.DUPLICATE_ID,
                    f"duplicate id '{section.id}' (first used on line {seen[section.id]})",
                )  # fmt: skip
            seen.setdefault(section.id, self.source.line_of(("sections", s, "id")))
        for item in self.located:
            qid = item.question.id
            line = self.source.line_of((*item.path, "id"))
            if qid in seen:
                yield self._problem(
                    item,
                    ErrorCode.DUPLICATE_ID,
                    f"duplicate id (first used on line {seen[qid]})",
                    "id",
                )
            seen.setdefault(qid, line)

    def _options(self, item: Located) -> Iterator[ScriptProblem]:
        question = item.question
        if isinstance(question, Rating):
            if question.min >= question.max:
                yield self._problem(item, ErrorCode.BAD_CHOICES, "a rating needs min below max", "min")
            outside = sorted(k for k in question.labels if not question.min <= k <= question.max)
            if outside:
                yield self._problem(
                    item,
                    ErrorCode.BAD_CHOICES,
                    f"labels for points outside the scale: {outside}",
                    "labels",
                )
        if not isinstance(question, SingleChoice | MultipleChoice):
            return
        if len(question.options) < 2:
            yield self._problem(item, ErrorCode.BAD_CHOICES, "needs at least two options", "options")
        for attribute in ("value", "label"):
            seen: set[str] = set()
            for i, option in enumerate(question.options):
                key = str(getattr(option, attribute)).strip().casefold()
                if key in seen:
                    yield self._problem(
                        item, ErrorCode.DUPLICATE_OPTION,
                        f"duplicate option {attribute} '{getattr(option, attribute)}'",
                        "options", i, attribute,
                    )  # fmt: skip
                seen.add(key)
        yield from self._synonyms(item, question)
        yield from self._numbering(item, question)

    def _synonyms(self, item: Located, question: SingleChoice | MultipleChoice) -> Iterator[ScriptProblem]:
        """A synonym picks one option; the same words for two options would pick neither."""
        owner: dict[str, int] = {}
        for i, option in enumerate(question.options):
            for synonym in option.synonyms:
                key = synonym.strip().casefold()
                if owner.get(key, i) != i:
                    yield self._problem(
                        item, ErrorCode.DUPLICATE_OPTION,
                        f"synonym '{synonym}' is given for two options", "options", i, "synonyms",
                    )  # fmt: skip
                owner.setdefault(key, i)

    def _numbering(self, item: Located, question: SingleChoice | MultipleChoice) -> Iterator[ScriptProblem]:
        """Numbered by score, each option needs its own score: the number typed is the score."""
        if question.numbering != "score":
            return
        scores = [option.score for option in question.options]
        if None in scores or len(set(scores)) != len(scores):
            yield self._problem(
                item, ErrorCode.BAD_NUMBERING,
                "`numbering: score` needs a different score on every option", "numbering",
            )  # fmt: skip

    def _bounds(self, item: Located) -> Iterator[ScriptProblem]:
        question = item.question
        if (
            isinstance(question, Integer | Number)
            and question.min is not None
            and question.max is not None
            and question.min > question.max
        ):
            yield self._problem(
                item, ErrorCode.BAD_BOUNDS, f"min {question.min} is above max {question.max}", "min"
            )
        for key in ("max_weeks", "max_mg", "max_length"):
            limit = getattr(question, key, None) if isinstance(question, Duration | Dose | Text) else None
            if limit is not None and limit <= 0:
                yield self._problem(item, ErrorCode.BAD_BOUNDS, f"{key} must be above zero, not {limit}", key)

    def _repeat(self, item: Located) -> Iterator[ScriptProblem]:
        group = item.question
        if not isinstance(group, Repeat):
            return
        if group.items_from is not None:
            yield from self._listed(item, group)
        elif (group.count_from is None) == (group.ask_another is None):
            yield self._problem(
                item, ErrorCode.BAD_REPEAT, "give exactly one of count_from or ask_another", "type"
            )
        elif group.page_size is not None:
            yield self._problem(item, ErrorCode.BAD_REPEAT, "page_size needs items_from", "page_size")
        if group.count_from is not None:
            source = self.by_id.get(group.count_from)
            if source is None:
                yield self._problem(
                    item, ErrorCode.UNKNOWN_REFERENCE,
                    f"count_from names unknown question '{group.count_from}'", "count_from",
                )  # fmt: skip
            elif not isinstance(source.question, Integer) or source.group is not None:
                yield self._problem(
                    item, ErrorCode.BAD_REPEAT,
                    f"count_from must name an integer question outside any group, not "
                    f"'{group.count_from}'", "count_from",
                )  # fmt: skip
            elif source.order >= item.order:
                code = self.rules.later_code(frozenset({group.id}), group.count_from)
                yield self._problem(
                    item, code, f"count_from reads '{group.count_from}', which is asked later", "count_from"
                )

    def _listed(self, item: Located, group: Repeat) -> Iterator[ScriptProblem]:
        """An items_from group: no count_from; ask_another ("more?") and page_size go together."""
        if group.count_from is not None:
            yield self._problem(
                item, ErrorCode.BAD_REPEAT, "give either items_from or count_from, not both", "count_from"
            )
        if (group.page_size is None) != (group.ask_another is None):
            yield self._problem(
                item, ErrorCode.BAD_REPEAT,
                "with items_from, give both ask_another and page_size (\"more?\" after each page) or neither",
                "page_size" if group.page_size is None else "ask_another",
            )  # fmt: skip

    def _record_field(self, item: Located) -> Iterator[ScriptProblem]:
        path = item.question.record
        if path is None or self.record_fields is None:
            return
        if path not in self.record_fields:
            yield self._problem(
                item, ErrorCode.UNKNOWN_RECORD_FIELD,
                f"record field '{path}' does not exist in the ClinicalRecord", "record",
            )  # fmt: skip
        elif item.group is not None and "[]" not in path:
            yield self._problem(
                item, ErrorCode.UNKNOWN_RECORD_FIELD,
                f"'{path}' is not a per-item field, but this question is asked once per item", "record",
            )  # fmt: skip
        elif item.group is None and "[]" in path:
            yield self._problem(
                item, ErrorCode.UNKNOWN_RECORD_FIELD,
                f"'{path}' is a per-item field; only a question inside a repeat group can fill it", "record",
            )  # fmt: skip
        elif isinstance(shape := self.record_fields[path], FieldShape):
            for code, message, key in record_problems(item.question, path, shape):
                yield self._problem(item, code, message, *key)

    def _template(self, item: Located) -> Iterator[ScriptProblem]:
        question = item.question
        # the question's text is filled as an ack is (interview.engine.prompts): the same placeholders
        # but {answer}, which is not given yet; a later question would show "(no answer)"
        texts = [("text", question.text), ("ack", question.ack)]
        if isinstance(question, Repeat):
            texts.append(("item_label", question.item_label))
        for key, text in texts:
            if text is None:
                continue
            for name in PLACEHOLDER.findall(text):
                yield from self._placeholder(item, key, name)
            if "{" in PLACEHOLDER.sub("", text) or "}" in PLACEHOLDER.sub("", text):
                yield self._problem(
                    item, ErrorCode.BAD_TEMPLATE, f"unmatched brace in {key} {text!r}", key
                )  # fmt: skip

    def _placeholder(self, item: Located, key: str, name: str) -> Iterator[ScriptProblem]:
        if (name == "answer" and key == "ack") or (name == "n" and (item.group or key == "item_label")):
            return
        listing = item.group if item.group is not None else item.question
        if name == "item" and isinstance(listing, Repeat) and listing.items_from is not None:
            return  # the item's own words (interview.engine.prompts)
        referenced = self.by_id.get(name)
        if name == item.question.id:
            yield self._problem(
                item, ErrorCode.BAD_TEMPLATE,
                f"placeholder '{{{name}}}' names this very question: quote its answer with {{answer}}", key,
            )  # fmt: skip
        elif referenced is None:
            yield self._problem(
                item, ErrorCode.BAD_TEMPLATE,
                f"placeholder '{{{name}}}' is neither {{answer}}, {{n}} nor an earlier question id", key,
            )  # fmt: skip
        elif referenced.order >= item.order:
            yield self._problem(
                item,
                ErrorCode.LATER_REFERENCE,
                f"placeholder '{{{name}}}' quotes a later question",
                key,
            )
        elif referenced.group is not None and referenced.group is not item.group:
            yield self._problem(
                item, ErrorCode.BAD_TEMPLATE,
                f"placeholder '{{{name}}}' quotes a question inside another repeat group", key,
            )  # fmt: skip

    def _question_conditions(self) -> Iterator[ScriptProblem]:
        for item in self.located:
            when, qid = item.question.when, item.question.id
            if when is None:
                continue
            scope = Scope(item.order, item.group, frozenset({qid}))
            for finding in self.rules.check(when, (*item.path, "when"), scope):
                self.condition_trouble.add(qid)
                yield self.source.problem(finding.path, finding.code, f"question '{qid}': {finding.message}")

    def _section_conditions(self) -> Iterator[ScriptProblem]:
        """A section's condition may read only questions asked before the section begins."""
        for s, section in enumerate(self.script.sections):
            if section.when is None:
                continue
            mine = [item for item in self.located if item.path[:2] == ("sections", s)]
            owners = frozenset(item.question.id for item in mine)
            scope = Scope(mine[0].order, None, owners)
            for finding in self.rules.check(section.when, ("sections", s, "when"), scope):
                self.condition_trouble.add(section.id)
                yield self.source.problem(
                    finding.path, finding.code, f"section '{section.id}': {finding.message}"
                )

    def _reachability(self) -> Iterator[ScriptProblem]:
        trouble = self.condition_trouble
        for section_index, qid in unreachable_questions(self.script, assume_reachable=trouble):
            if qid is None:
                yield self.source.problem(
                    ("sections", section_index, "when"), ErrorCode.UNREACHABLE,
                    f"section '{self.script.sections[section_index].id}' can never be asked: "
                    f"its condition can never be true",
                )  # fmt: skip
            else:
                yield self._problem(
                    self.by_id[qid], ErrorCode.UNREACHABLE,
                    "can never be asked: its condition can never be true", "when",
                )  # fmt: skip
