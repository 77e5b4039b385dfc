"""The result types of staging: criteria, method results, trial verdicts and the whole report.

The parts are plain slotted dataclasses: a report holds about 130 of them and staging builds them
from its own typed values, so validating each one (as a pydantic model) cost more than the staging
logic. StagingReport, the public output, stays a pydantic model; pydantic serialises the parts as
it would models, so the JSON is unchanged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from interview.staging.options_data import OptionId

SCHEMA_VERSION = "2"
"""2: stable method ids and kinds, category keys, criterion ids and trials (issue 14)."""


class Status(StrEnum):
    """A criterion is met, not met, or unknown because an input is unknown."""

    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"


class TrialCriterion(StrEnum):
    """The stable ids of a trial's criteria (`TrialVerdict.criteria[].id`), which reports read."""

    DOSE = "dose"
    DURATION = "duration"
    ADHERENCE = "adherence"
    AUGMENTATION_LENGTH = "augmentation_length"
    OUTCOME = "outcome"
    EVIDENCE_BASED = "evidence_based"
    CONWAY_BAR = "conway_bar"
    MARKOWITZ_BAR = "markowitz_bar"
    GUIDI_FAVA_BAR = "guidi_fava_bar"
    SESSIONS = "sessions"
    ADEQUACY = "adequacy"


@dataclass(slots=True)
class Criterion:
    """One criterion of a method, with why it has its status and where the rule comes from."""

    label: str
    status: Status
    reason: str
    source: str
    derived: bool = False
    """True when the rule is our interpretation (🛠), not a published rule."""
    id: str = ""
    """A stable id for programs (snake_case); the label is for people and may change."""
    trials: list[int] = field(default_factory=list)
    """Positions in medication_trials (or psychotherapy_trials for psychotherapy criteria) that the
    criterion rests on; empty when it rests on no particular trial."""


@dataclass(slots=True, kw_only=True)
class Outcome:
    """A method's value: a single value, or a min-max range when inputs are unknown.

    Points methods fill value_min/value_max; category methods fill category_min/category_max with
    stable keys from the method's `categories` (never a position in value_*).
    """

    value_min: float | None
    value_max: float | None
    label: str
    band: str | None = None
    category_min: str | None = None
    category_max: str | None = None


@dataclass(slots=True, kw_only=True)
class MethodResult:
    """One staging method applied to the record."""

    key: str
    name: str
    source: str
    id: str = ""
    """The method's stable id for programs (thase_rush, esm, mghs, msm, dm_trd, conway, markowitz,
    guidi_fava); the same as key, which it replaces in the schema's documentation."""
    kind: str = "points"
    """'points' (value_min/value_max) or 'category' (category_min/category_max)."""
    categories: list[str] = field(default_factory=list)
    """A category method's stable keys, lowest to highest; empty for points."""
    computable: bool = True
    """False when the method cannot give a value yet (e.g. DM-TRD points unconfirmed)."""
    applicable: Status = Status.MET
    """Whether the method applies to this case (e.g. MSM needs a failed antidepressant)."""
    outcome: Outcome
    criteria: list[Criterion] = field(default_factory=list)
    narrowing_inputs: list[str] = field(default_factory=list)
    """Dotted record paths whose unknown values widen the range."""
    override_applied: bool = False
    without_override: Outcome | None = None
    """The derivation before clinician overrides, kept visible."""
    notes: list[str] = field(default_factory=list)
    """Notes on uncertainty and on our interpretations."""

    def ordinal(self) -> tuple[float | None, float | None]:
        """Points, or a category's position in `categories`: for ordering, never for display."""
        o = self.outcome
        if self.kind == "points":
            return o.value_min, o.value_max
        low = None if o.category_min is None else self.categories.index(o.category_min)
        high = None if o.category_max is None else self.categories.index(o.category_max)
        return low, high

    def __post_init__(self) -> None:
        self.id = self.id or self.key


@dataclass(slots=True, kw_only=True)
class TrialVerdict:
    """The adequacy and outcome of one trial, criterion by criterion."""

    kind: str
    index: int
    label: str
    treatment: str | None = None
    """The record's code for what was given, for programs and reports: the psychotherapy's modality
    ('ipt'), the somatic kind ('ect') or the drug's catalogue name; None when it is unknown."""
    episode: str
    adequate: Status
    outcome: str
    counts_as_failure: Status
    criteria: list[Criterion]
    overrides: list[str] = field(default_factory=list)
    """Clinician overrides applied to this trial, each with the derived value it replaced."""
    adequacy_by_method: dict[str, Status] = field(default_factory=dict)
    """Adequacy by each method's own bar, where the bars differ (psychotherapy: conway, markowitz,
    guidi_fava; medication: mghs for the ≥6-week bar, guidi_fava for 4-8 weeks)."""


@dataclass(slots=True, kw_only=True)
class SafetyResult:
    """The C-SSRS screener triage, derived from the answers and as recorded."""

    derived_level_min: str
    derived_level_max: str
    recorded_level: str
    endorsed: list[str]
    criteria: list[Criterion]
    narrowing_inputs: list[str]


@dataclass(slots=True, kw_only=True)
class Flag:
    """A differential or pseudo-resistance flag: present, absent or unknown."""

    key: str
    label: str
    status: Status
    reason: str
    source: str
    derived: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class PartialReading:
    """How one method treats a partial response (clinical-rules §16)."""

    method: str
    """The method's id."""
    counts_as: str
    """'failure' (non-response = a fall under 50 %) or 'sequential_model' (Guidi & Fava Table 4)."""
    source: str


@dataclass(slots=True, kw_only=True)
class Differential:
    """Guidi & Fava's differential and the response spectrum of the current episode."""

    spectrum_possible: list[str]
    """Every spectrum category consistent with what is known, in Fig. 2 order."""
    spectrum: str
    """The category shown: the overridden one, the only possible one, or a range."""
    override_applied: bool = False
    derived_spectrum: str | None = None
    """The derived category before a clinician override."""
    override_reason: str | None = None
    spectrum_criteria: list[Criterion]
    flags: list[Flag]
    behavioural_toxicity: list[Flag]
    partial_response_readings: list[PartialReading] = field(default_factory=list)
    """How each method treats a partial response; they disagree, so both readings are shown."""
    partial_medication_trials: list[int] = field(default_factory=list)
    """Staged medication trials (positions) whose outcome is a partial response."""
    partial_psychotherapy_trials: list[int] = field(default_factory=list)
    """Staged psychotherapy trials (positions) whose outcome is a partial response."""
    notes: list[str]

    @property
    def improved_not_remitted(self) -> bool:
        """Better than at its worst but not remitted: a response with residual symptoms, a partial
        response, or partially remitted depression (Guidi & Fava Fig. 2 and their differential)."""
        if self.spectrum in ("response_with_residual_symptoms", "partial_response"):
            return True
        return any(f.key == "partially_remitted" and f.status is Status.MET for f in self.flags)


@dataclass(slots=True, kw_only=True)
class Option:
    """An evidence-based option not yet adequately tried, for discussion with the clinician."""

    id: OptionId
    """The option's stable id; programs and reports decide by it, never by the label."""
    label: str
    reason: str
    source: str
    derived: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)  # frozen: reports staged with one settings share them
class SettingUsed:
    """A setting's value and the source of its default."""

    name: str
    value: str
    source: str


class StagingReport(BaseModel):
    """Every method side by side, the differential, what is left to try, and the safety screen."""

    model_config = ConfigDict(extra="forbid")

    schema_version: str = SCHEMA_VERSION
    """Version of this report's format; `interview schema staging` prints its JSON Schema."""
    case_label: str | None
    safety: SafetyResult
    medication_trials: list[TrialVerdict]
    psychotherapy_trials: list[TrialVerdict]
    somatic_treatments: list[TrialVerdict]
    methods: list[MethodResult]
    dm_trd_items: list[Criterion]
    differential: Differential
    left_to_try: list[Option]
    settings: list[SettingUsed]
    notes: list[str]

    @classmethod
    def json_schema_text(cls) -> str:
        """The published JSON Schema, as committed in tests/staging/golden/staging_report.schema.json."""
        return json.dumps(cls.model_json_schema(), indent=2, ensure_ascii=False) + "\n"

    def method(self, key: str) -> MethodResult:
        """The result of the method with this key (e.g. 'msm')."""
        return next(result for result in self.methods if result.key == key)
