"""The links read back, strongest first and in the patient's words, and a link_review answer resolved
into the record's LinkDecisions.

The engine stores the answer as `{"shown": [[from, to], ...], "edits": [...]}`: the links read back
(by their areas) and the corrections, numbers already resolved against them. Every link shown and
not removed counts as confirmed.
"""

from __future__ import annotations

from interview.macro_analysis import Link, analyze
from interview.macro_analysis.links import strongest
from interview.record import ClinicalRecord
from interview.record.macro import AddedLink, LinkDecisions, LinkKind, LinkRef


def links_read_back(record: ClinicalRecord) -> list[Link]:
    """The links proposed by rule for this record, in the order a link_review reads them back and
    numbers them (the rules' order)."""
    return analyze(record, LinkDecisions()).links


def strongest_links(record: ClinicalRecord) -> list[Link]:
    """The links proposed for this record, strongest first (interview.macro_analysis.links.strength),
    weighed with the patient's ratings and priorities but before any link decision."""
    kept = record.macro_decisions
    analysis = analyze(record, LinkDecisions(priorities=kept.priorities, ratings=kept.ratings))
    return strongest(analysis.links, analysis.areas)


def area_items(record: ClinicalRecord) -> list[tuple[str, str]]:
    """(area id, plain words) of each problem area found, the suicide-risk area left out (the
    safety screen has its own questions)."""
    return [(area.id, area.plain) for area in analyze(record).areas if area.id != "safety"]


def link_items(record: ClinicalRecord) -> list[tuple[str, str]]:
    """('from>to', the link in the patient's words) of each proposed link, strongest first; links to
    or from the suicide-risk area are left to the clinician (the safety screen has its own questions)."""
    plain = {area.id: area.plain for area in analyze(record).areas}
    return [
        (
            f"{link.from_area}>{link.to_area}",
            link.kind.plain_sentence(plain[link.from_area], plain[link.to_area]),
        )
        for link in strongest_links(record)
        if "safety" not in (link.from_area, link.to_area)
    ]


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
