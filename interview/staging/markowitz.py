"""Markowitz et al. 2022: two adequate drug trials and one adequate psychotherapy (§6)."""

from __future__ import annotations

from interview.staging.counting import criterion, outcome_of, unique_paths
from interview.staging.courses import failing_trials
from interview.staging.evidence import Evidence
from interview.staging.results import MethodResult
from interview.staging.tristate import all_of, at_least, count_range, status

LABELS = ("criteria not met", "TRD by Markowitz 2022")
KEYS = ("not_met", "trd")
SOURCE = "Markowitz, Wright, Peeters, Thase, Kocsis, Sudak, Am J Psychiatry 2022 [S-MK]"


def evaluate(ev: Evidence) -> MethodResult:
    """Whether the current episode meets the Markowitz 2022 proposal."""
    drugs = count_range(c.counts for c in ev.staged_courses)  # an add-on is not a second trial
    therapy = count_range(p.counts_markowitz for p in ev.staged_psys)
    two_drugs, one_therapy = at_least(drugs, 2), at_least(therapy, 1)
    met = all_of((two_drugs, one_therapy))
    low, high = int(met is True), int(met is not False)
    criteria = [
        criterion(
            "two failed adequate antidepressant trials",
            status(two_drugs),
            f"{drugs[0]}-{drugs[1]} failed adequate antidepressant trials",
            "[S-MK]",
        ),
        criterion(
            "one failed adequate evidence-based psychotherapy",
            status(one_therapy),
            f"{therapy[0]}-{therapy[1]} with a trained therapist and 9-16 sessions",
            "[S-MK]",
        ),
    ]
    criteria[0].trials = failing_trials(ev.staged_courses)
    paths = [c.unknown_paths for c in ev.staged_courses if c.counts is None]
    paths += [p.unknown_paths for p in ev.staged_psys if p.counts_markowitz is None]
    return MethodResult(
        key="markowitz",
        name="Markowitz et al. 2022",
        source=SOURCE,
        kind="category",
        categories=list(KEYS),
        outcome=outcome_of(low, high, LABELS, KEYS),
        criteria=criteria,
        narrowing_inputs=unique_paths(paths) if low != high else [],
        notes=[
            "The proposal asks for prospective trials; the record does not say which trials "
            "were prospective, so past trials are counted.",
            "'Perhaps' a failed combined psychotherapy-plus-drug trial should also be needed "
            "[S-MK]: not required here.",
            "🛠 '9-16 sessions completed' read as at least 9 sessions.",
        ],
    )
