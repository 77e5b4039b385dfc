"""build_record(): the ClinicalRecord an interview's answers make, through the fields the script declares."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError

from interview.mapping.answers import Answers, HasAnswers, SlotView, answers_of
from interview.mapping.convert import ConversionError, convert, split_list
from interview.mapping.fields import (
    CHECKED_BY,
    LINK_CHECK,
    MACRO_DECISIONS,
    PRIORITY_IDS,
    PSEUDO_PATHS,
    RATING_PATHS,
    Field,
    fields,
)
from interview.mapping.links import decisions_from_answer
from interview.mapping.totals import TOTALS, Total, total_of
from interview.record import ClinicalRecord, Missing, MissingReason
from interview.record.catalogue import class_of_placeholder
from interview.record.loader import describe_validation_error
from interview.record.macro import AreaRating, ChangedLink, Checker, LinkDecisions, LinkKind, LinkRef
from interview.record.paths import DRUG_NAME_PATHS
from interview.script.conditions import AnswerCondition
from interview.script.model import Script
from interview.script.questions import LinkReview, MultipleChoice, QuestionBase, Repeat

_ASKED_FIRST = (MissingReason.DECLINED, MissingReason.DONT_KNOW, MissingReason.SKIPPED)
"""When several questions fill one field: a value wins, then a reason given when asked, then
'not applicable'."""


class MappingError(ValueError):
    """An answer that does not fit its record field; the message names the question id and the field."""


@dataclass
class _Placed:
    """What one field receives: a value or a missing reason, and the question it came from."""

    value: object
    qid: str


@dataclass
class _Fields:
    """The fields of the record (or of one list item) filled so far, by path."""

    placed: dict[str, _Placed] = field(default_factory=dict)

    def put(self, path: str, value: object, qid: str) -> None:
        """Place a value or a MissingReason; a value beats a reason; two lists are joined (each item
        once, in the order named); two other values are a conflict."""
        old = self.placed.get(path)
        if old is None or _rank(value) > _rank(old.value):
            self.placed[path] = _Placed(value, qid)
        elif isinstance(old.value, list) and isinstance(value, list):
            self.placed[path] = _Placed(_joined(old.value, value), old.qid)
        elif _rank(value) == _rank(old.value) == 3 and value != old.value:
            raise MappingError(
                f"questions '{old.qid}' and '{qid}' both answer '{path}' ({old.value!r} and {value!r}); "
                "only one of them may apply"
            )

    def answered(self) -> bool:
        """Whether anything was placed other than 'not applicable'."""
        return any(_rank(p.value) > 0 for p in self.placed.values())


def _joined(first: list[Any], then: list[Any]) -> list[Any]:
    """Both lists' items, each once (compared without case), in the order named."""
    seen = {str(item).casefold() for item in first}
    return [*first, *(item for item in then if str(item).casefold() not in seen)]


def _rank(value: object) -> int:
    if value is MissingReason.NOT_APPLICABLE:
        return 0
    if isinstance(value, MissingReason):
        return 1 + (value in _ASKED_FIRST)
    return 3


def build_record(
    script: Script,
    answers: Answers | HasAnswers,
    *,
    case_label: str | None = None,
    before: str | None = None,
) -> ClinicalRecord:
    """The ClinicalRecord the answers make: every answered question lands in the field its `record:` names.

    Args:
        script: The script the answers were given to (the session's own version).
        answers: An engine AnswerBook, or a Conversation (its book is read).
        case_label: The session's pseudonymous patient label, used when no question fills `case_label`.
        before: A slot key: read only the answers of slots asked before it (the link read-back sees
            what was said up to its own question).

    Answers on branches that no longer apply are left out; a question whose condition is false
    gives Missing(not_applicable); "don't know", "prefer not to say" and skip keep their reasons.
    Questions not reached yet leave their fields as the record's default (Missing(skipped)), and a
    repeat item whose required field (e.g. the drug) is not answered yet is left out.

    Raises:
        MappingError: a value does not fit its field (naming the question and the field), two
            applicable questions give one field different values, or a field that cannot be
            unknown was answered "don't know".
    """
    return _Builder(script, answers_of(answers), before).build(case_label)


class _Builder:
    def __init__(self, script: Script, answers: Answers, before: str | None) -> None:
        self.script = script
        self.answers = answers
        self.before = before
        self.fields = fields()
        self.applies: set[tuple[str | None, int | None, str]] = set()
        self.reached: dict[tuple[str | None, int | None, str], SlotView] = {}
        cut = False
        for slot in answers.slots():
            where = (slot.group, slot.item, slot.qid)
            self.applies.add(where)
            cut = cut or slot.key == before
            if not cut:
                self.reached[where] = slot

    # --- reading one answer --------------------------------------------------------------------
    def _answer(self, question: QuestionBase, group: str | None, item: int | None) -> object | None:
        """The answer's value, a MissingReason, or None when the question has not been reached."""
        where = (group, item, question.id)
        if where not in self.applies:
            return MissingReason.NOT_APPLICABLE
        slot = self.reached.get(where)
        entry = self.answers.entries.get(slot.key) if slot is not None else None
        if entry is None or not entry.answered:
            return None
        return entry.missing if entry.missing is not None else entry.value

    def _converted(self, question: QuestionBase, path: str, answer: object) -> object:
        """The field value for an answer (a MissingReason passes through), checked against the field type."""
        if isinstance(answer, MissingReason):
            return answer
        target = self.fields.get(path)
        if target is None:
            raise MappingError(f"question '{question.id}': '{path}' is not a field of the ClinicalRecord")
        try:
            value = convert(question, target.shape, answer, drug_names=path in DRUG_NAME_PATHS)
            return _fit(target, value)
        except (ConversionError, ValidationError) as error:
            reason = error.errors()[0]["msg"] if isinstance(error, ValidationError) else str(error)
            raise MappingError(
                f"question '{question.id}': the answer {answer!r} does not fit '{path}' "
                f"({target.shape}): {reason}"
            ) from None

    # --- the whole record ----------------------------------------------------------------------
    def build(self, case_label: str | None) -> ClinicalRecord:
        top = _Fields()
        lists: dict[str, list[_Fields]] = {}
        reviews: list[tuple[QuestionBase, object]] = []
        for placement in self.script.index.placements.values():
            question, group = placement.question, placement.group
            if isinstance(question, Repeat) and question.items_from is not None:
                continue  # its answers are macro-analysis decisions (_with_decisions)
            if isinstance(question, Repeat):
                self._group(question, lists)
            elif group is None and question.record is not None:
                answer = self._answer(question, None, None)
                if isinstance(question, LinkReview):
                    reviews.append((question, answer))
                elif not any(question.record == total.item_path for total in TOTALS) and answer is not None:
                    top.put(question.record, self._converted(question, question.record, answer), question.id)
        for total in TOTALS:
            self._total(total, top)
        self._drop_placeholders(top)
        if case_label and "case_label" not in top.placed:
            top.put("case_label", case_label, "(session label)")
        record = self._assemble(top, lists)
        return self._with_decisions(record, reviews, top)

    def _drop_placeholders(self, top: _Fields) -> None:
        """An option such as "Something else" leaves a list once the question asked because it was
        chosen (same field, `when: {answer: <choice>, op: contains, value: <option>}`) names items."""
        for follow_up, choice, option in _specifying(self.script):
            named = self._answer(follow_up, None, None)
            placed = top.placed.get(choice.record or "")
            typed = isinstance(named, str) and not isinstance(named, MissingReason)  # a StrEnum
            if not typed or not split_list(str(named)) or placed is None:
                continue
            if isinstance(placed.value, list):
                label = {o.value: o.label for o in choice.options}.get(option, option)
                placed.value = [item for item in placed.value if item not in (label, option)]

    def _group(self, group: Repeat, lists: dict[str, list[_Fields]]) -> None:
        """One list entry per item of the group, for each list its questions fill, in item order."""
        items = sorted({item for (gid, item, _) in self.reached if gid == group.id and item is not None})
        mapped = [q for q in group.questions if q.record is not None]
        prefixes = list(dict.fromkeys((q.record or "").split("[]")[0] for q in mapped))
        for prefix in prefixes:
            own = [q for q in mapped if (q.record or "").split("[]")[0] == prefix]
            for item in items:
                entry = _Fields()
                pending: set[str] = set()
                for question in own:
                    sub = (question.record or "").split("[].", 1)[1]
                    answer = self._answer(question, group.id, item)
                    if answer is None:
                        pending.add(sub)
                        continue
                    value = self._converted(question, question.record or "", answer)
                    entry.put(sub, value, question.id)
                    drug_class = class_of_placeholder(value) if isinstance(value, str) else None
                    if sub == "drug" and drug_class is not None and "drug_class" not in entry.placed:
                        entry.put("drug_class", drug_class, question.id)  # "an SSRI": the class, no name
                if self._complete(prefix, entry, pending):
                    lists.setdefault(prefix, []).append(entry)

    def _complete(self, prefix: str, entry: _Fields, pending: set[str]) -> bool:
        """Whether an item can join its list: its required fields have values (unreached: left out)."""
        model = _item_model(prefix)
        for name, info in model.model_fields.items():
            placed = entry.placed.get(name)
            if not info.is_required() or (placed is not None and _rank(placed.value) == 3):
                continue
            if name in pending or placed is None:
                return False
            raise MappingError(
                f"question '{placed.qid}': '{prefix}[].{name}' cannot be unknown, but the answer was "
                f"'{getattr(placed.value, 'value', placed.value)}'"
            )
        return True

    def _total(self, total: Total, top: _Fields) -> None:
        items = [
            q for q in self.script.index.placements.values()
            if q.group is None and q.question.record == total.item_path
        ]  # fmt: skip
        if not items:
            return
        if len(items) != total.items:
            raise MappingError(
                f"'{total.item_path}': the {total.name} has {total.items} items, "
                f"the script declares {len(items)}"
            )
        scores: list[int | MissingReason] = []
        for placement in items:
            answer = self._answer(placement.question, None, None)
            if answer is None:
                return  # not all reached yet
            score = self._converted(placement.question, total.item_path, answer)
            scores.append(score if isinstance(score, MissingReason) else int(str(score)))
        result = total_of(scores)
        top.put(total.total_path, result, total.item_path)
        if not isinstance(result, MissingReason):
            for path, value in total.constants.items():
                top.put(path, value, total.item_path)

    def _assemble(self, top: _Fields, lists: dict[str, list[_Fields]]) -> ClinicalRecord:
        data: dict[str, Any] = {}
        for path, placed in top.placed.items():
            if path not in PSEUDO_PATHS:
                _set(data, path, _stored(path, placed, self.fields))
        for prefix, entries in lists.items():
            items: list[dict[str, Any]] = []
            for entry in entries:
                item: dict[str, Any] = {}
                for sub, placed in entry.placed.items():
                    _set(item, sub, _stored(f"{prefix}[].{sub}", placed, self.fields))
                items.append(item)
            _set(data, prefix, items)
        try:
            return ClinicalRecord.model_validate(data)
        except ValidationError as error:
            raise MappingError(
                f"the answers do not make a valid record: {describe_validation_error(error)}"
            ) from None

    def _with_decisions(
        self, record: ClinicalRecord, reviews: list[tuple[QuestionBase, object]], top: _Fields
    ) -> ClinicalRecord:
        """Add the link read-back's decisions and the patient's priorities among the areas."""
        decisions = LinkDecisions()
        for question, answer in reviews:
            if answer is None or isinstance(answer, MissingReason):
                continue
            try:
                decisions = decisions_from_answer(answer)
            except ValueError as error:
                raise MappingError(f"question '{question.id}' ({MACRO_DECISIONS}): {error}") from None
        priorities = top.placed.get(PRIORITY_IDS)
        if priorities is not None and isinstance(priorities.value, list):
            decisions = decisions.model_copy(update={"priorities": [str(p) for p in priorities.value]})
        checker = top.placed.get(CHECKED_BY)
        by = (
            Checker(str(checker.value))
            if checker is not None and not isinstance(checker.value, MissingReason)
            else None
        )
        for group in self._listed_groups():
            decisions = self._item_decisions(group, decisions, by)
        return record.model_copy(update={MACRO_DECISIONS: decisions})

    def _listed_groups(self) -> list[Repeat]:
        return [
            p.question
            for p in self.script.index.placements.values()
            if isinstance(p.question, Repeat) and p.question.items_from is not None
        ]

    def _item_answers(self, group: Repeat) -> list[tuple[str, dict[str, object]]]:
        """(entry id, {record path: value}) of each item reached, skips and unknowns left out."""
        listed = self.answers.listed.get(group.id, [])
        reached = sorted({item for (gid, item, _) in self.reached if gid == group.id and item is not None})
        found = []
        for item in reached:
            if item >= len(listed):
                continue
            values: dict[str, object] = {}
            for question in group.questions:
                answer = self._answer(question, group.id, item)
                if question.record is None or answer is None or isinstance(answer, MissingReason):
                    continue
                values[question.record] = self._converted(question, question.record, answer)
            found.append((listed[item][0], values))
        return found

    def _item_decisions(self, group: Repeat, decisions: LinkDecisions, by: Checker | None) -> LinkDecisions:
        """The ratings, or the link checks, an items_from group's answers make."""
        answers = self._item_answers(group)
        if group.items_from == "problem_areas":
            ratings = [
                AreaRating(
                    area=area_id,
                    burden=_score(values.get(RATING_PATHS[0])),
                    impairment=_score(values.get(RATING_PATHS[1])),
                )
                for area_id, values in answers
                if values  # both skipped: nothing known, no rating
            ]
            return decisions.model_copy(update={"ratings": [*decisions.ratings, *ratings]})
        update: dict[str, list[Any]] = {
            "confirmed": list(decisions.confirmed),
            "removed": list(decisions.removed),
            "changed": list(decisions.changed),
        }
        for link_id, values in answers:
            check = values.get(LINK_CHECK)
            if check is None:
                continue  # skipped: the link stays proposed
            start, _, end = link_id.partition(">")
            if check == "confirm":
                update["confirmed"].append(LinkRef(from_area=start, to_area=end, by=by))
            elif check == "remove":
                update["removed"].append(LinkRef(from_area=start, to_area=end, by=by))
            else:
                kind = {"worsens": LinkKind.WORSENS, "causes": LinkKind.CAUSES_MAINTAINS}.get(str(check))
                change = ChangedLink(
                    from_area=start, to_area=end, kind=kind, reversed=check == "reverse", by=by
                )
                update["changed"].append(change)
        return decisions.model_copy(update=update)


def _score(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _fit(target: Field, value: object) -> object:
    """The value as the field's type accepts it (raises ValidationError if it does not)."""
    return target.adapter.validate_python(value)


def _stored(path: str, placed: _Placed, known: dict[str, Field]) -> object:
    """A Missing for a reason (where the field can hold one); otherwise the value itself."""
    if not isinstance(placed.value, MissingReason):
        return placed.value
    target = known.get(path)
    if target is not None and not target.shape.can_be_missing:
        raise MappingError(f"question '{placed.qid}': '{path}' cannot be unknown ({placed.value.value})")
    if target is not None and not target.holds_missing:
        return []  # a list field without a Missing member: an unknown list stays empty
    return Missing(missing=placed.value)


def _set(data: dict[str, Any], path: str, value: object) -> None:
    """Set a dotted path in nested dicts, creating the dicts on the way."""
    *parents, last = path.split(".")
    for name in parents:
        data = data.setdefault(name, {})
    data[last] = value


def _item_model(prefix: str) -> type[BaseModel]:
    """The model of one entry of the list at `prefix` (e.g. MedicationTrial for medication_trials)."""
    model: type[BaseModel] = ClinicalRecord
    *parents, last = prefix.split(".")
    for name in parents:
        annotation = model.model_fields[name].annotation
        assert isinstance(annotation, type) and issubclass(annotation, BaseModel)
        model = annotation
    (item,) = getattr(model.model_fields[last].annotation, "__args__", (None,))
    assert isinstance(item, type) and issubclass(item, BaseModel)
    return item


def _specifying(script: Script) -> list[tuple[QuestionBase, MultipleChoice, str]]:
    """Top-level (follow-up, choice, option) triples: the follow-up fills the choice's field and is
    asked when the choice contains the option."""
    top = {
        p.question.id: p.question
        for p in script.index.placements.values()
        if p.group is None and not isinstance(p.question, Repeat)
    }
    found = []
    for question in top.values():
        when = question.when
        if not isinstance(when, AnswerCondition) or when.op != "contains" or question.record is None:
            continue
        choice = top.get(when.answer)
        if isinstance(choice, MultipleChoice) and choice.record == question.record:
            found.append((question, choice, str(when.value)))
    return found
