"""The link read-back's answer resolved into the record's LinkDecisions.

The engine stores the answer as `{"shown": [[from, to], ...], "edits": [...]}`: the links read back
(by their areas) and the corrections, numbers already resolved against them. Every link shown and
not removed counts as confirmed.
"""

from __future__ import annotations

from interview.macro_analysis import Link, analyze
from interview.record import ClinicalRecord
from interview.record.macro import AddedLink, LinkDecisions, LinkKind, LinkRef


def links_read_back(record: ClinicalRecord) -> list[Link]:
    """The links proposed by rule for this record, in the order they are read back and numbered."""
    return analyze(record, LinkDecisions()).links


def decisions_from_answer(answer: object) -> LinkDecisions:
    """The decisions a stored read-back answer makes.

    Raises:
        ValueError: the answer does not have the stored form.
    """
    if not isinstance(answer, dict) or not isinstance(answer.get("shown"), list):
        raise ValueError(f"expected the links shown and the edits, got {answer!r}")
    edits = answer.get("edits", [])
    if not isinstance(edits, list) or not all(isinstance(edit, dict) for edit in edits):
        raise ValueError(f"expected a list of link edits, got {edits!r}")
    shown = [LinkRef(from_area=str(a), to_area=str(b)) for a, b in answer["shown"]]
    removed = [
        LinkRef(from_area=str(edit["from"]), to_area=str(edit["to"]))
        for edit in edits
        if edit.get("op") == "remove"
    ]
    added = [
        AddedLink(
            from_area=str(edit["from"]),
            to_area=str(edit["to"]),
            kind=LinkKind(edit.get("kind", LinkKind.CAUSES_MAINTAINS.value)),
        )
        for edit in edits
        if edit.get("op") == "add"
    ]
    return LinkDecisions(confirmed=[ref for ref in shown if ref not in removed], removed=removed, added=added)
