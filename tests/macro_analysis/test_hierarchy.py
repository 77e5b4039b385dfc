"""The hierarchy: urgency (safety first), then the patient's priorities, then severity x burden x
impairment (the patient's own ratings; unknown factors named, never 0), then links as a tie-break; each
target says what placed it; areas without a tool the patient is open to go to 'to discuss'."""

from __future__ import annotations

from interview.macro_analysis import LinkDecisions, LinkRef, Placement, analyze
from interview.record.macro import AreaRating
from tests.macro_analysis.records import ILLUSTRATION, record_with


def order(analysis: object) -> list[str]:
    from interview.macro_analysis import MacroAnalysis

    assert isinstance(analysis, MacroAnalysis)
    return [target.area_id for target in analysis.hierarchy]


def test_a_positive_safety_screen_is_always_first() -> None:
    analysis = analyze(record_with("role_dispute", "substance_use", "insomnia", "safety"))
    assert order(analysis)[0] == "safety"
    assert analysis.hierarchy[0].placement is Placement.PRIMARY
    assert analysis.hierarchy[0].reasons[0] == "Placed here by urgency: safety comes first."
    assert "Safety comes first" in analysis.hierarchy[0].reasons[1]


def test_urgent_areas_come_before_upstream_ones() -> None:
    record = record_with("role_dispute", "insomnia", current_episode={"psychotic_features": "yes"})
    assert order(analyze(record))[0] == "depression"


def test_upstream_areas_come_before_the_areas_they_lead_to() -> None:
    analysis = analyze(record_with("role_dispute", "insomnia"))
    assert order(analysis) == ["role_dispute", "insomnia", "depression"]
    assert analysis.hierarchy[0].reasons[0] == (
        "Placed here by its links, as a tie-break: severity, burden and impairment are all unknown, "
        "and it leads on to 2 other area(s)."
    )
    assert "so change here may help the others" in analysis.hierarchy[0].reasons[1]


def test_severity_times_impairment_breaks_a_tie_between_equally_upstream_areas() -> None:
    # anxiety and medical illness each lead only to the depression; stated severity decides
    analysis = analyze(record_with("anxiety", "medical_illness"))
    assert order(analysis)[:2] == ["anxiety", "medical_illness"]


def test_the_patients_priorities_come_right_after_urgency() -> None:
    # insomnia feeds the depression only; the dispute leads on to insomnia too, but she put sleep first
    prefer = record_with("role_dispute", "insomnia", preferences={"priorities": ["sleep through the night"]})
    analysis = analyze(prefer)
    assert order(analysis)[0] == "insomnia"
    assert analysis.hierarchy[0].reasons[0] == "Placed here by the patient's priority 1."
    urgent = record_with("insomnia", "safety", preferences={"priorities": ["sleep through the night"]})
    assert order(analyze(urgent))[:2] == ["safety", "insomnia"], "urgency still comes first"


def test_the_patients_priority_breaks_the_remaining_tie() -> None:
    base = record_with("grief", "interpersonal_deficits")
    assert order(analyze(base))[:2] == ["grief", "interpersonal_deficits"]  # catalogue order
    prefer = record_with("grief", "interpersonal_deficits", preferences={"priorities": ["I feel so lonely"]})
    analysis = analyze(prefer)
    assert order(analysis)[:2] == ["interpersonal_deficits", "grief"]
    assert "priority 1" in " ".join(analysis.hierarchy[0].reasons)


def test_priorities_chosen_in_the_interview_replace_matched_words() -> None:
    decisions = LinkDecisions(priorities=["grief"])
    prefer = record_with("grief", "interpersonal_deficits", preferences={"priorities": ["lonely"]})
    assert order(analyze(prefer, decisions))[0] == "grief"


def test_areas_without_a_tool_the_patient_is_open_to_go_last_to_discuss() -> None:
    analysis = analyze(record_with("grief", "insomnia", preferences={"open_to_psychotherapy": "no"}))
    last = analysis.hierarchy[-1]
    assert (last.area_id, last.placement) == ("grief", Placement.TO_DISCUSS)
    assert "to discuss" in last.reasons[-1]


def test_removing_a_link_changes_the_order() -> None:
    removed = LinkDecisions(removed=[LinkRef(from_area="role_dispute", to_area="insomnia")])
    record = record_with("role_dispute", "insomnia")
    assert order(analyze(record)) == ["role_dispute", "insomnia", "depression"]
    # without the dispute -> insomnia link, both lead to the depression alone: a tie kept in catalogue order
    assert order(analyze(record, removed)) == ["insomnia", "role_dispute", "depression"]


def test_constructed_illustration_of_clinical_rules_12() -> None:
    """🛠 Constructed test case (clinical-rules §12, not from a paper): marital conflict -> insomnia and
    alcohol -> depressive symptoms -> sick leave -> marital conflict (a loop); depressive symptoms ->
    demoralisation -> poor adherence -> 'non-response' to drug 2.

    Worked by hand: the patient put sleep first and the arguing second, so insomnia and the marital
    conflict lead (issue 15: the patient's priorities come right after urgency). Then severity x
    burden x impairment: only the depression has a factor known (severity 2, impairment 2), so it
    comes next. Among the rest every area of the loop reaches every other, so the tie-break is links
    out minus links in: alcohol (3 out, 1 in) and the stress of sick leave (3 out, 1 in).
    """
    from interview.record import ClinicalRecord

    analysis = analyze(ClinicalRecord.model_validate(ILLUSTRATION))
    for a, b in [
        ("role_dispute", "insomnia"),
        ("role_dispute", "substance_use"),
        ("insomnia", "depression"),
        ("substance_use", "depression"),
        ("depression", "stress_overload"),
        ("stress_overload", "role_dispute"),
        ("depression", "demoralisation"),
        ("demoralisation", "nonadherence"),
        ("nonadherence", "depression"),
    ]:
        assert analysis.has_link(a, b), f"{a} -> {b}"
    ranked = order(analysis)
    # the patient's priorities first (issue 15): sleep, then the arguing; then the upstream areas
    assert ranked[:3] == ["insomnia", "role_dispute", "depression"]
    assert set(ranked[3:5]) == {"substance_use", "stress_overload"}
    placements = {t.area_id: t.placement for t in analysis.hierarchy}
    assert placements["role_dispute"] is Placement.PRIMARY and placements["insomnia"] is Placement.SECONDARY
    assert all(target.reasons for target in analysis.hierarchy)


def test_the_patients_burden_and_impairment_outrank_the_links() -> None:
    # the dispute leads on to insomnia and the depression, but sleep weighs on her far more
    ratings = [
        AreaRating(area="insomnia", burden=3, impairment=3),
        AreaRating(area="role_dispute", burden=1, impairment=1),
    ]
    analysis = analyze(record_with("role_dispute", "insomnia"), LinkDecisions(ratings=ratings))
    assert order(analysis)[:2] == ["insomnia", "role_dispute"]
    assert analysis.hierarchy[0].reasons[0].startswith("Placed here by severity x burden x impairment = 9")
    assert analysis.area("insomnia").burden == 3


def test_an_unknown_factor_is_named_and_never_counted_as_zero() -> None:
    ratings = [AreaRating(area="insomnia", burden=2)]
    analysis = analyze(record_with("role_dispute", "insomnia"), LinkDecisions(ratings=ratings))
    first = analysis.hierarchy[0]
    assert first.area_id == "insomnia", "a product over the known factors (2), not 2 x 0 x 0"
    assert "severity and impairment unknown (left out, not counted as 0)" in first.reasons[0]
    unrated = next(t for t in analysis.hierarchy if t.area_id == "role_dispute")
    assert any("not asked, or did not say, how much it troubles them" in r for r in unrated.reasons)


def test_links_only_break_a_tie_of_equal_weight() -> None:
    ratings = [
        AreaRating(area="role_dispute", burden=2, impairment=1),
        AreaRating(area="insomnia", burden=2, impairment=1),
    ]
    analysis = analyze(record_with("role_dispute", "insomnia"), LinkDecisions(ratings=ratings))
    assert order(analysis)[:2] == ["role_dispute", "insomnia"], "the dispute leads on to the sleep"
    assert "its links decided" in analysis.hierarchy[0].reasons[0]


def test_the_patients_ratings_of_an_area_replace_the_episodes_impairment() -> None:
    record = record_with("insomnia", current_episode={"functional_impairment": "mild"})
    rated = analyze(record, LinkDecisions(ratings=[AreaRating(area="depression", impairment=3)]))
    assert analyze(record).area("depression").impairment == 1
    assert rated.area("depression").impairment == 3
