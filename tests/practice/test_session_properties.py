"""Whatever a trainee types, a practice attempt never fails and its figures stay coherent."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview.practice.library import case_script, load_case
from interview.practice.session import PracticeSession

FIXTURE = Path(__file__).parent / "fixtures" / "sample_case.yaml"
CASE = load_case(FIXTURE)
SCRIPT = case_script(CASE, FIXTURE)
LINES = [answer.code for answer in CASE.answers.values()] + [
    "yes", "no", "back", "skip", "why", "help", "review", "don't know", "prefer not to say", "3",
    "about 2 months", "150 mg", "sertaline", "", "edit 2", "note unsure",
]  # fmt: skip


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(LINES), st.text(max_size=30)), max_size=60))
def test_any_typed_lines_give_coherent_results(lines: list[str]) -> None:
    session = PracticeSession(CASE, SCRIPT)
    session.opening()
    for line in lines:
        if session.finished:
            break
        session.code(line)
    results = session.results()
    assert results.completed == session.finished
    assert 0 <= results.overall.agreed <= results.overall.scored
    assert sum(s.scored for s in results.sections) == results.overall.scored
    if results.overall.kappa.value is not None:
        assert -1.0 <= results.overall.kappa.value <= 1.0 + 1e-9
    assert all(item.agreed is False for item in results.disagreements)
