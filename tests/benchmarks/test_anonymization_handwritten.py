"""The blind hand-written anonymization corpus: its markup is read as written, and the file is well formed.

Only the reading is tested here; how well the anonymizer does on the corpus is measured by
benchmarks/anonymization_handwritten.py, never asserted, so that nobody tunes on it.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import anonymization_handwritten as corpus  # type: ignore[import-not-found]  # a script


def test_identifiers_and_kept_terms_become_spans_on_the_plain_text() -> None:
    marked = "I saw [[NAME|Dr Rose Hill]] and she gave me {{DOSE|20 mg}} of {{DRUG|lurasidone}}."
    answer = corpus.parse_answer(marked)
    assert answer.text == "I saw Dr Rose Hill and she gave me 20 mg of lurasidone."
    assert [(answer.text[s:e], kind) for s, e, kind in answer.spans] == [
        ("Dr Rose Hill", "NAME"),
        ("20 mg", "DOSE"),
        ("lurasidone", "DRUG"),
    ]
    assert answer.register == "written"


def test_a_line_without_marks_is_all_ordinary_words() -> None:
    answer = corpus.parse_answer("my husband opens the post", "asr")
    assert (answer.text, answer.spans, answer.register) == ("my husband opens the post", [], "asr")


def test_marks_side_by_side_and_at_both_ends_keep_their_offsets() -> None:
    answer = corpus.parse_answer("[[ADDRESS|Bath]][[ADDRESS|BA1 2QT]] then [[DATE|boxing day]]", "spoken")
    assert answer.text == "BathBA1 2QT then boxing day"
    assert answer.spans == [(0, 4, "ADDRESS"), (4, 11, "ADDRESS"), (17, 27, "DATE")]


@pytest.mark.parametrize(
    ("marked", "register", "complaint"),
    [
        ("I was seen by [[NAME|Jo", "written", "stray"),
        ("I was seen by NAME|Jo]]", "written", "stray"),
        ("on [[DRUG|sertraline]]", "written", "cannot be marked here"),
        ("a {{PHONE|0113 496 0000}} number", "written", "cannot be marked here"),
        ("[[SURNAME|Smith]]", "written", "cannot be marked here"),
        ("[[NAME| Jo]]", "written", "space"),
        ("I'm fine", "typed", "unknown register"),
        ("my sister [[NAME|Jo]] lives nearby", "asr", "lower case"),
        ("my sister [[NAME|jo]], who lives nearby", "asr", "lower case"),
    ],
)
def test_malformed_markup_is_refused(marked: str, register: str, complaint: str) -> None:
    with pytest.raises(corpus.MarkupError, match=complaint):
        corpus.parse_answer(marked, register)


def test_comments_and_blank_lines_are_skipped_and_errors_name_their_line() -> None:
    lines = ["# a comment", "", "written\tmy number is [[PHONE|0113 496 0000]]"]
    lines.append("spoken\tan unclosed [[NAME|x")
    with pytest.raises(corpus.MarkupError, match="line 4: "):
        corpus.parse_corpus(lines)
    assert [a.text for a in corpus.parse_corpus(lines[:3])] == ["my number is 0113 496 0000"]
    with pytest.raises(corpus.MarkupError, match="line 1: a line is register<TAB>answer"):
        corpus.parse_corpus(["written my number"])


def test_the_corpus_reads_and_has_the_mix_it_promises() -> None:
    answers = corpus.read_corpus()
    registers = Counter(a.register for a in answers)
    assert len(answers) >= 300
    assert registers["written"] >= 0.4 * len(answers)
    assert registers["spoken"] + registers["asr"] >= 0.4 * len(answers)
    assert registers["asr"] >= 0.2 * len(answers)
    kinds = Counter(kind for a in answers for _, _, kind in a.spans)
    assert set(corpus.CLINICAL) <= set(kinds)
    assert {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "ADDRESS", "LICENCE"} <= set(kinds)


def test_the_report_has_a_row_per_kind_and_a_column_per_register() -> None:
    answers = [corpus.parse_answer(line, "written") for line in ("[[NAME|Jo]] said so", "{{DRUG|lithium}}")]
    scores = corpus.Scores()
    for answer in answers:
        for _, _, kind in answer.spans:
            scores.count(kind, kind == "NAME")
    scores.count("OTHER", False)
    rows = corpus.report({"written": scores, "spoken": corpus.Scores(), "asr": corpus.Scores()})
    assert rows[0].split() == ["all", "written", "spoken", "asr", "target", "(all)"]
    name = next(r for r in rows if r.startswith("NAME"))
    assert "100.0% (1/1)" in name and name.endswith(">= 97%: met")
    drug = next(r for r in rows if r.startswith("kept DRUG"))
    assert "0.0% (0/1)" in drug
    assert next(r for r in rows if r.startswith("ordinary words masked")).endswith("<= 3%: met")
