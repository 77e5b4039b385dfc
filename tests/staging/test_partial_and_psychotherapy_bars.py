"""Partial responses per method, and the three psychotherapy adequacy bars (clinical-rules §16)."""

from __future__ import annotations

from interview.report.staging_markdown import render_markdown
from interview.staging import stage
from interview.staging.results import Status
from tests.staging.builders import failed, record, therapy

NOT_ASKED = {"missing": "dont_know"}


def test_each_method_says_how_it_treats_a_partial_response() -> None:
    report = stage(record(medication_trials=[failed(percent_improvement=30)]))
    readings = {r.method: r.counts_as for r in report.differential.partial_response_readings}
    assert readings == {
        "thase_rush": "failure",
        "esm": "failure",
        "mghs": "failure",
        "msm": "failure",
        "conway": "failure",
        "markowitz": "failure",
        "guidi_fava": "sequential_model",
    }
    assert report.differential.partial_medication_trials == [0]


def test_the_methods_disagreement_on_a_partial_response_is_said_plainly() -> None:
    report = stage(record(medication_trials=[failed(percent_improvement=30)]))
    assert report.method("thase_rush").outcome.label == "Stage I"  # counted as a failure
    note = report.differential.notes[0]
    assert note.startswith("The methods disagree on the partial response to sertraline")
    assert "sequential model" in note
    assert note in render_markdown(report)


def test_guidi_and_fava_do_not_count_a_partial_response_towards_refractoriness() -> None:
    trials = [failed(percent_improvement=30), failed(drug="duloxetine", dose=60, percent_improvement=30)]
    report = stage(record(medication_trials=trials, psychotherapy_trials=[therapy(outcome="partial")]))
    criterion_a = report.method("guidi_fava").criteria[0]
    assert criterion_a.status is Status.NOT_MET
    assert report.method("conway").outcome.label == "Stage 2 TRD"  # Conway counts all three


def test_no_disagreement_note_without_a_partial_response_to_an_adequate_trial() -> None:
    too_short = failed(percent_improvement=30, weeks=2)
    report = stage(record(medication_trials=[failed(), too_short]))
    assert report.differential.partial_medication_trials == []
    assert not any(n.startswith("The methods disagree") for n in report.differential.notes)


def test_a_psychotherapy_gets_three_adequacy_verdicts() -> None:
    ipt = therapy(modality="ipt", sessions=12, weeks=14)
    verdict = stage(record(psychotherapy_trials=[ipt])).psychotherapy_trials[0]
    assert verdict.adequacy_by_method == {
        "conway": Status.MET,
        "markowitz": Status.MET,
        "guidi_fava": Status.NOT_MET,
    }


def test_flag_c_uses_guidi_and_favas_bar_not_conways() -> None:
    short = stage(record(psychotherapy_trials=[therapy(sessions=12, weeks=14)]))
    long = stage(record(psychotherapy_trials=[therapy(sessions=12, weeks=24)]))
    flag = {
        r: next(f for f in s.differential.flags if f.key == "psychotherapy_failure")
        for r, s in (("short", short), ("long", long))
    }
    assert flag["short"].status is Status.NOT_MET
    assert flag["long"].status is Status.MET


def test_unknown_weeks_leave_guidi_and_favas_criterion_unknown_not_unmet() -> None:
    verdict = stage(record(psychotherapy_trials=[therapy(weeks=NOT_ASKED)])).psychotherapy_trials[0]
    assert verdict.adequacy_by_method["guidi_fava"] is Status.UNKNOWN
    bar = next(c for c in verdict.criteria if c.label == "Guidi & Fava bar")
    assert bar.status is Status.UNKNOWN
