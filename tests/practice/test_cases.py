"""Every bundled practice case: the expert's coding answers its whole path and stages as the case expects."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview.practice.expert import play_expert
from interview.practice.library import case_files, case_script, load_case
from interview.practice.outcome import stage_answers
from interview.practice.staging_view import expected_mismatches

CASES = case_files()

# The differential the cases must span (issue 7), by the flag or stage each one teaches.
SPANNED = {
    "dose_below_adequacy",  # an under-dosed trial (pseudo-resistance)
    "loss_of_effect",
    "rechallenge_failure",
    "psychotherapy_failure",  # after adequate CBT
    "partially_remitted",
    "bipolar_features",
    "allostatic_overload",
}


def test_there_are_at_least_eight_cases_named_by_their_ids() -> None:
    assert len(CASES) >= 8
    for path in CASES:
        case = load_case(path)
        assert case.id == path.stem and case.synthetic
        assert case.expected.thase_rush and case.expected.spectrum and case.expected.flags_met is not None


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_the_experts_coding_covers_the_path_and_gives_the_expected_staging(path: Path) -> None:
    case = load_case(path)
    script = case_script(case, path)
    run = play_expert(case, script)  # raises, naming the question, if the case leaves one uncovered
    assert run.conversation.finished
    report, note = stage_answers(script, run.conversation)
    assert report is not None, note
    assert expected_mismatches(case.expected, report) == []


def test_the_cases_span_the_differential_and_include_a_refractory_case() -> None:
    expected = [load_case(path).expected for path in CASES]
    flags = {flag for e in expected for flag in e.flags_met or []}
    assert flags >= SPANNED
    assert any(e.guidi_fava == "refractory by Guidi & Fava" for e in expected)


def test_the_marital_case_codes_a_role_dispute_among_the_interpersonal_areas() -> None:
    path = next(p for p in CASES if "marital-dispute" in p.stem)
    case = load_case(path)
    run = play_expert(case, case_script(case, path))
    assert "role_dispute" in run.conversation.book.entries["ipt_areas"].value


def test_the_marital_case_puts_the_patients_priorities_among_the_first_three_targets() -> None:
    from interview.macro_analysis import analyze
    from interview.mapping import build_record

    path = next(p for p in CASES if "marital-dispute" in p.stem)
    case = load_case(path)
    script = case_script(case, path)
    record = build_record(script, play_expert(case, script).conversation)
    chosen = record.macro_decisions.priorities
    assert chosen == ["role_dispute", "stress_overload"]
    first_three = [t.area_id for t in analyze(record, record.macro_decisions).hierarchy[:3]]
    assert set(chosen) <= set(first_three)
