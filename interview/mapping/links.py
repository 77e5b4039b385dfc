"""The link read-back's answer (a list of edits) resolved into the record's LinkDecisions.

Numbers refer to the links as read back: the links the macro-analysis proposes from the record
of the answers given before the read-back question (the same record the prompt was made from).
Every link read back and not removed counts as confirmed.
"""

from __future__ import annotations

from collections.abc import Sequence

from interview.macro_analysis import Link, analyse
from interview.record import ClinicalRecord
from interview.record.macro import AddedLink, LinkDecisions, LinkKind, LinkRef


def links_read_back(record: ClinicalRecord) -> list[Link]:
    """The links proposed by rule for this record, in the order they are read back and numbered."""
    return analyse(record, LinkDecisions()).links


def decisions_from_edits(edits: object, shown: ClinicalRecord) -> LinkDecisions:
    """The decisions an answer makes about the links read back from `shown`.

    Raises:
        ValueError: the answer is not a list of edits, or a number names no link read back.
    """
    if not isinstance(edits, list) or not all(isinstance(edit, dict) for edit in edits):
        raise ValueError(f"expected a list of link edits, got {edits!r}")
    links = links_read_back(shown)
    removed = _removed(edits, links)
    added = [
        AddedLink(
            from_area=str(edit["from"]),
            to_area=str(edit["to"]),
            kind=LinkKind(edit.get("kind", "causes/maintains")),
        )
        for edit in edits
        if edit.get("op") == "add"
    ]
    confirmed = [LinkRef(from_area=link.from_area, to_area=link.to_area) for link in links]
    return LinkDecisions(
        confirmed=[ref for ref in confirmed if ref not in removed],
        removed=removed,
        added=added,
    )


def _removed(edits: Sequence[dict[str, object]], links: list[Link]) -> list[LinkRef]:
    refs: list[LinkRef] = []
    for edit in edits:
        if edit.get("op") == "remove_all":
            refs += [LinkRef(from_area=link.from_area, to_area=link.to_area) for link in links]
        elif edit.get("op") == "remove" and "number" in edit:
            number = edit["number"]
            if not isinstance(number, int) or not 1 <= number <= len(links):
                raise ValueError(f"link {number} was not read back (there were {len(links)})")
            link = links[number - 1]
            refs.append(LinkRef(from_area=link.from_area, to_area=link.to_area))
        elif edit.get("op") == "remove":
            refs.append(LinkRef(from_area=str(edit["from"]), to_area=str(edit["to"])))
    return list({(ref.from_area, ref.to_area): ref for ref in refs}.values())
