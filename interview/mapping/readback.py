"""The words of the link read-back: the links proposed from the answers so far, numbered, and the areas."""

from __future__ import annotations

from interview.macro_analysis import analyze
from interview.macro_analysis.rules import load_rules
from interview.mapping.answers import Answers, HasAnswers
from interview.mapping.build import MappingError, build_record
from interview.mapping.links import links_read_back
from interview.record.macro import LinkDecisions
from interview.script.model import Script

HOW_TO_ANSWER = (
    "Say 'ok' if this is right, or correct it, e.g. 'remove {n}' or 'add insomnia -> low mood' "
    "(several changes at once are fine)."
)


def area_names() -> list[tuple[str, str, tuple[str, ...]]]:
    """Every problem area of the catalogue as (id, label, other names), for understanding the answer."""
    return [(area_id, spec.label, spec.aliases) for area_id, spec in load_rules().areas.items()]


def links_read_back_at(script: Script, answers: Answers | HasAnswers, slot_key: str) -> list[tuple[str, str]]:
    """The links read back at `slot_key` as (from area, to area), numbered from 1 in this order.

    Empty when the answers before it cannot make a record yet (the prompt then says why).
    """
    try:
        record = build_record(script, answers, before=slot_key)
    except MappingError:
        return []
    return [(link.from_area, link.to_area) for link in links_read_back(record)]


def read_back_lines(script: Script, answers: Answers | HasAnswers, slot_key: str) -> list[str]:
    """The lines shown under a link_review question asked at `slot_key`.

    Made from the record of the answers given before it; if those answers cannot make a record,
    the line says why and the person can still answer (e.g. add links by name).
    """
    try:
        record = build_record(script, answers, before=slot_key)
    except MappingError as error:
        return [
            f"  (The links cannot be proposed yet: {error}.)",
            "Say 'ok', or add a link, e.g. 'add insomnia -> low mood'.",
        ]
    analysis = analyze(record, LinkDecisions())
    labels = {area.id: area.label for area in analysis.areas}
    lines = ["  Problem areas found so far: " + "; ".join(labels.values()) + "."]
    links = links_read_back(record)
    if not links:
        lines.append(
            "  No links between them are proposed. Say 'ok', or add one, e.g. 'add insomnia -> low mood'."
        )
        return lines
    lines += [
        f"  {n}. {link.kind.sentence(labels[link.from_area], labels[link.to_area])}"
        for n, link in enumerate(links, start=1)
    ]
    lines.append(HOW_TO_ANSWER.format(n=min(2, len(links))))
    return lines
