"""The staging a coding produces, as short labelled values: for side-by-side display and case checks."""

from __future__ import annotations

from dataclasses import dataclass

from interview.practice.case import Expected
from interview.staging import StagingReport
from interview.staging.results import Status
from interview.staging.safety import level_words


@dataclass(frozen=True)
class StagingRow:
    """One staging value under the expert's coding and under the trainee's."""

    label: str
    expert: str
    trainee: str

    @property
    def same(self) -> bool:
        """Whether both codings give the same value."""
        return self.expert == self.trainee


def summary(report: StagingReport) -> dict[str, str]:
    """Label -> value: each method's outcome (with band), the spectrum, the flags met, the safety level."""
    values: dict[str, str] = {}
    for result in report.methods:  # every method staging ran, in its order
        band = f" ({result.outcome.band})" if result.outcome.band else ""
        values[result.name] = result.outcome.label + band
    values["Differential: response spectrum"] = report.differential.spectrum.replace("_", " ")
    met = [flag.label for flag in report.differential.flags if flag.status is Status.MET]
    values["Differential: flags met"] = "; ".join(met) or "none"
    values["Safety screen"] = level_words(report.safety)  # the one triage policy's words
    return values


def side_by_side(expert: StagingReport, trainee: StagingReport) -> list[StagingRow]:
    """The expert's and the trainee's staging, row by row."""
    mine = summary(trainee)
    return [StagingRow(label, value, mine.get(label, "")) for label, value in summary(expert).items()]


def expected_mismatches(expected: Expected, report: StagingReport) -> list[str]:
    """Each expected value the report does not give, as 'field: expected X, got Y'."""
    got: dict[str, object] = {result.key: result.outcome.label for result in report.methods}
    got["msm_band"] = report.method("msm").outcome.band
    got["spectrum"] = report.differential.spectrum
    got["flags_met"] = sorted(_flags_met(report))
    problems = []
    for field, want in expected.model_dump(exclude_none=True).items():
        have = got[field]
        if field == "flags_met":
            want = sorted(want)
        if have != want:
            problems.append(f"{field}: expected {want!r}, got {have!r}")
    return problems


def _flags_met(report: StagingReport) -> list[str]:
    return [flag.key for flag in report.differential.flags if flag.status is Status.MET]
