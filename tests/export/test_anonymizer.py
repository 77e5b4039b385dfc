"""The free-text anonymizer over a small fixed corpus: identifiers found, clinical content kept."""

from __future__ import annotations

import pytest

from interview.export import Anonymizer, Settings
from interview.record import load_catalogue

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("she was ninety-seven when she passed", "she was 90+ when she passed"),
        ("my number is oh seven seven double four one two three nine five", "my number is [PHONE]"),
        ("it got worse around december eleventh", "it got worse around [DATE]"),
        ("I was admitted on the 21st and stayed", "I was admitted on [DATE] and stayed"),
        ("everything fell apart at christmas", "everything fell apart at [DATE]"),
        ("email me on lil deborah at hotmail dot co dot uk", "email me on [EMAIL]"),
        ("I'm @bean45 on instagram", "I'm [EMAIL] on instagram"),
        ("the car was m t five eight t k l", "the car was [ID]"),
        ("my reg is mk34pnk", "my reg is [ID]"),
        ("my twin star lives in derby", "my twin [NAME] lives in [PLACE]"),
        ("Ruby and violet are my best friends.", "[NAME] and [NAME] are my best friends."),
        ("we moved to reading when I was small", "we moved to [PLACE] when I was small"),
    ],
)
def test_spoken_and_lower_case_identifiers_are_found(text: str, expected: str) -> None:
    assert Anonymizer().anonymize(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "My Hamilton score was 22 and the Beck Depression Inventory of 30; HADS 14, Montgomery-Asberg 28.",
        "They tried zuranolone, then lurasidone and Auvelity; the tearfulness is less.",
        "my husband opens the post and my mum keeps the house going",
        "I ended up in A&E twice. Mark my words, it was the lithium.",
        "I take fifty milligrams at night and did twelve sessions of CBT.",
        "I am going to reading group and it is nice in the bath.",
    ],
)
def test_clinical_terms_and_ordinary_words_stay(text: str) -> None:
    assert Anonymizer().anonymize(text) == text


def test_a_scale_author_is_still_masked_as_a_person() -> None:
    assert Anonymizer().anonymize("I saw Dr Hamilton on Monday.") == "I saw Dr [NAME] on Monday."


def test_every_drug_in_the_catalogue_is_kept_wherever_it_stands() -> None:
    anonymizer = Anonymizer()
    removed = []
    for drug in load_catalogue().drugs:
        for name in (drug.generic, *drug.brands):
            for text in (f"{name.capitalize()} helped.", f"then {name} 20 mg", f"I was on {name.lower()}"):
                if anonymizer.anonymize(text) != text:
                    removed.append(text)
    assert removed == []


@pytest.mark.parametrize(
    ("hostile", "kind"),
    [("1." * 2000 + "1", "[IP]"), ("1." * 2000, "[IP]"), ("a." * 2000, ""), ("a1" * 2000, "[ID]")],
)
def test_long_hostile_inputs_are_anonymized_whole(hostile: str, kind: str) -> None:
    # issue 16: 16,000 characters of '1.1.1...' took 51 s; the time is measured in benchmarks/
    result = Anonymizer().anonymize(hostile)
    assert not any(c.isdigit() for c in result)
    assert (kind in result) if kind else result.count("[") <= 1
