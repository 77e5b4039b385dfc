"""The free-text anonymizer over a small fixed corpus: identifiers found, clinical content kept."""

from __future__ import annotations

import pytest

from interview.export import Anonymizer, Settings

# Each answer marks its identifiers with [[...]] and its clinical terms with {{...}}.
PLANTED = [
    "My husband [[Jessica Smith]] left in [[March 16, 2008]].",
    "[[Priya]] has been very supportive since [[03/16/2008]].",
    "You can call me at [[(555) 376-2033]] any time after five.",
    "Please email [[jo.baker@example.org]] if you need to reach me.",
    "I live at [[12108 Gilmore Gateway Apt. 871]], [[New Bethview]], [[CA 94107]].",
    "I was admitted to [[Oakwood Psychiatric Center]] after the overdose.",
    "My grandmother is [[94]] years old and she still lives alone.",
    "My record number at the clinic is [[A799668]].",
    "Dr. [[Holloway]] started me on {{sertraline}} {{100 mg}} for {{8 weeks}}.",
    "On [[2019-08-01]] I started {{CBT}}, {{12 sessions}}; my {{PHQ-9 of 18}} at intake.",
    "my brother [[david]] calls me every day.",
    "My social security number is [[123-45-6789]], fax [[+1-555-376-2044]].",
    "I read about it on [[www.depression-help.net]] from [[192.168.10.4]].",
    "I take {{venlafaxine}} {{225 mg}} and {{lithium}} {{800 mg}} at night; my {{MADRS}} was {{30}}.",
    "I did {{behavioural activation}} for {{6 months}} and {{ECT}} after that.",
]


def _parse(marked: str) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    text, identifiers, clinical = "", [], []
    rest = marked
    while rest:
        opener = min((i for i in (rest.find("[["), rest.find("{{")) if i >= 0), default=-1)
        if opener < 0:
            text += rest
            break
        text += rest[:opener]
        close = "]]" if rest[opener] == "[" else "}}"
        end = rest.index(close, opener)
        piece = rest[opener + 2 : end]
        target = identifiers if close == "]]" else clinical
        target.append((len(text), len(text) + len(piece)))
        text += piece
        rest = rest[end + 2 :]
    return text, identifiers, clinical


def _covered(anonymizer: Anonymizer, text: str) -> set[int]:
    return {i for s in anonymizer.spans(text) for i in range(s.start, s.end)}


def test_every_planted_identifier_is_covered_and_every_clinical_term_kept() -> None:
    anonymizer = Anonymizer()
    missed, removed = [], []
    for marked in PLANTED:
        text, identifiers, clinical = _parse(marked)
        covered = _covered(anonymizer, text)
        missed += [
            text[a:b] for a, b in identifiers if not {i for i in range(a, b) if text[i].isalnum()} <= covered
        ]
        removed += [text[a:b] for a, b in clinical if set(range(a, b)) & covered]
    assert missed == []
    assert removed == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call 555-376-2033 today.", "Call [PHONE] today."),
        ("Mail jo@example.org please", "Mail [EMAIL] please"),
        ("She is 94 years old.", "She is 90+ years old."),
        ("He died at 101.", "He died at 90+."),
        ("Since March 2008 I have been low.", "Since [DATE] I have been low."),
        ("In 2019 it got worse.", "In 2019 it got worse."),  # Safe Harbor keeps years
        ("I saw Dr. Holloway.", "I saw Dr. [NAME]."),
    ],
)
def test_replacements_name_the_kind_of_identifier(text: str, expected: str) -> None:
    assert Anonymizer().anonymize(text) == expected


def test_clinical_sentences_come_through_unchanged() -> None:
    text = "Sertraline 100 mg for 8 weeks, then Zoloft 150 mg; CBT 12 sessions; PHQ-9 of 18 and HAM-D 24."
    assert Anonymizer().anonymize(text) == text


def test_an_age_inside_an_ip_address_is_part_of_the_address_not_an_age() -> None:
    assert Anonymizer().anonymize("from 96.151.155.54 yesterday") == "from [IP] yesterday"


def test_layers_can_be_switched_off() -> None:
    only_patterns = Anonymizer(settings=Settings(known=False, words=False))
    assert only_patterns.anonymize("Jessica rang 555-376-2033") == "Jessica rang [PHONE]"
    assert Settings().describe()["layers"] == ["known", "patterns", "words"]
