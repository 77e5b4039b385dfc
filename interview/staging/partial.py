"""How each method treats a partial response, and where they disagree (clinical-rules §16).

Methods that define non-response as a fall under 50 % (Thase & Rush §1, the ATRQ/MGH-S §7c, the
consensus definitions §8) count a partial response as a failure; Guidi & Fava route partial
remission to the sequential model (§13 (d), Table 4). The report shows both and says so.
"""

from __future__ import annotations

from interview.record.values import ResponseJudgement
from interview.staging.evidence import Evidence
from interview.staging.results import PartialReading

_FAILURE_SOURCE = "non-response = <50 % fall (clinical-rules §1, §7c, §8)"
READINGS: tuple[PartialReading, ...] = (
    PartialReading(method="thase_rush", counts_as="failure", source=_FAILURE_SOURCE),
    PartialReading(method="esm", counts_as="failure", source=_FAILURE_SOURCE + "; 🛠 ESM has no own cut-off"),
    PartialReading(method="mghs", counts_as="failure", source="ATRQ <50 % improvement (§7c)"),
    PartialReading(method="msm", counts_as="failure", source=_FAILURE_SOURCE + "; 🛠 MSM has no own cut-off"),
    PartialReading(method="conway", counts_as="failure", source=_FAILURE_SOURCE),
    PartialReading(method="markowitz", counts_as="failure", source=_FAILURE_SOURCE),
    PartialReading(
        method="guidi_fava",
        counts_as="sequential_model",
        source="Guidi & Fava §3 (d), Table 4 [S-GF]: partial remission goes to the sequential model",
    ),
)


def partial_trials(ev: Evidence) -> tuple[list[int], list[int]]:
    """Positions of the staged, possibly adequate medication and psychotherapy trials whose outcome
    is a partial response."""
    partial = ResponseJudgement.PARTIAL  # an inadequate trial is no method's failure: left out
    meds = [m.index for m in ev.staged_meds if m.outcome is partial and m.adequate is not False]
    psys = [
        p.index
        for p in ev.staged_psys
        if p.outcome is partial and (p.conway_adequate, p.markowitz_adequate, p.gf_adequate) != (False,) * 3
    ]
    return meds, psys


def disagreement_note(ev: Evidence) -> str | None:
    """A plain sentence when a partial response makes the methods disagree, else None."""
    meds, psys = partial_trials(ev)
    if not meds and not psys:
        return None
    labels = [m.label for m in ev.staged_meds if m.index in meds]
    labels += [p.label for p in ev.staged_psys if p.index in psys]
    return (
        f"The methods disagree on the partial response to {', '.join(labels)}: Thase & Rush, ESM, "
        "MGH-S, MSM, Conway and Markowitz count it as a failure (non-response = a fall under 50 %); "
        "Guidi & Fava do not count it towards refractoriness and route it to the sequential model "
        "(Table 4)."
    )
