"""The question kinds of the script language, one class each, joined by their `type`."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictStr

from interview.script.conditions import Condition

Identifier = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
"""Lower-case ids: stable keys in storage, exports and conditions. Never reuse one."""


class Rationale(BaseModel):
    """Why we ask: shown when the person types `why`, with the source it rests on."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    source: str


class Option(BaseModel):
    """One choice of a single- or multiple-choice question."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    value: StrictStr
    """The stored value (quote numbers in YAML: "0")."""
    label: str
    """What the person sees and may type."""
    score: int | None = None
    """A number the option carries into the record (e.g. PHQ-9 item scores 0-3)."""
    synonyms: list[str] = Field(default_factory=list)
    """Other words that mean this option ("shock treatment" for ECT): an answer that is, or
    contains, one of them picks it (scripts/README.md, "Options by meaning")."""


ItemSource = Literal["problem_areas", "strongest_links"]
"""What an items_from group goes through: the problem areas the macro-analysis finds in the answers
so far (the suicide-risk area left out), or its proposed links, strongest first."""

Numbering = Literal["position", "score"]
"""How a choice's options are numbered on screen and when typed: 1, 2, 3... by position, or by
each option's score (the PHQ-9's 0-3, so "1" to item 9 is "Several days")."""


class QuestionBase(BaseModel):
    """Fields every question kind carries."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Identifier
    text: str
    """The question as asked."""
    help: str | None = None
    """Shown on `help`: what a good answer looks like."""
    why: Rationale | None = None
    required: bool = True
    """A required question cannot be skipped (it still accepts "don't know" where allowed)."""
    allow_dont_know: bool = True
    allow_decline: bool = True
    """Whether "prefer not to say" is accepted."""
    ack: str | None = None
    """Acknowledgement after the answer; `{answer}` and `{other_question_id}` quote answers."""
    record: str | None = None
    """The ClinicalRecord field this answer fills, as a dotted path (`medication_trials[].dose`)."""
    when: Condition | None = None
    """Ask only when this holds; otherwise the answer is 'not applicable'."""
    identifying: bool = False
    """The answer may identify the person: anonymized exports remove it everywhere it appears."""


class YesNo(QuestionBase):
    """A yes/no question."""

    type: Literal["yes_no"]


class _Choice(QuestionBase):
    """Fields of both choice kinds."""

    options: list[Option]
    numbering: Numbering | None = None
    """Default: "score" when the scores are the points of a scale (0, 1, 2... or 1, 2, 3..., one per
    option, as the PHQ-9's 0-3), else "position"."""

    @property
    def shown_numbering(self) -> Numbering:
        """The numbering in effect (declared, or the default)."""
        if self.numbering is not None:
            return self.numbering
        points = sorted(option.score for option in self.options if option.score is not None)
        if not points or len(points) != len(self.options):
            return "position"
        scale = points[0] in (0, 1) and points == list(range(points[0], points[0] + len(points)))
        return "score" if scale else "position"

    def option_numbers(self) -> list[int]:
        """The number shown beside (and typed for) each option, in order."""
        if self.shown_numbering == "score":
            return [option.score if option.score is not None else n for n, option in enumerate(self.options)]
        return list(range(1, len(self.options) + 1))


class SingleChoice(_Choice):
    """Pick one option."""

    type: Literal["single_choice"]


class MultipleChoice(_Choice):
    """Pick any number of options (or none)."""

    type: Literal["multiple_choice"]


class Integer(QuestionBase):
    """A whole number with optional bounds and unit."""

    type: Literal["integer"]
    min: int | None = None
    max: int | None = None
    unit: str | None = None


class Number(QuestionBase):
    """A decimal number with optional bounds and unit."""

    type: Literal["number"]
    min: float | None = None
    max: float | None = None
    unit: str | None = None


class Duration(QuestionBase):
    """A length of time, stored in weeks."""

    type: Literal["duration"]
    max_weeks: float | None = None


class Dose(QuestionBase):
    """A daily dose, stored in mg/day."""

    type: Literal["dose"]
    max_mg: float | None = None


class MonthYear(QuestionBase):
    """A month and year, stored as YYYY-MM."""

    type: Literal["month_year"]


class Rating(QuestionBase):
    """A rating scale with labelled points, e.g. Kellner's 1-9 change rating."""

    type: Literal["rating"]
    min: int
    max: int
    labels: dict[int, str] = Field(default_factory=dict)
    """Labels for some or all points."""


class Text(QuestionBase):
    """Free text."""

    type: Literal["text"]
    max_length: int | None = None


class LinkReview(QuestionBase):
    """Read back the links the macro-analysis proposes from the answers so far, numbered; the person
    confirms them ("ok"), removes some ("remove 2") or adds others ("add insomnia -> low mood").

    Fills `record: macro_decisions`. Not inside a repeat group.
    """

    type: Literal["link_review"]


class ReadBack(QuestionBase):
    """Read back a short summary of what was noted so far, made from the record of the answers
    before it; each line carries the review number of the answer behind it, for `edit N`.

    The answer is a yes ("that's right": confirmed) or a no (something is not right), stored as
    true or false, so a later question can ask what is wrong (`when: {answer: ID, value: false}`).
    Fills no record field. Not inside a repeat group.
    """

    type: Literal["read_back"]


SimpleQuestion = Annotated[
    YesNo | SingleChoice | MultipleChoice | Integer | Number | Duration | Dose | MonthYear | Rating | Text,
    Field(discriminator="type"),
]


class Repeat(QuestionBase):
    """Ask the same block once per item (e.g. one block per medication trial)."""

    type: Literal["repeat"]
    questions: list[SimpleQuestion] = Field(min_length=1)
    count_from: str | None = None
    """An earlier integer question giving the number of items."""
    items_from: ItemSource | None = None
    """One item per entry of a list the answers so far make (the problem areas found, the strongest
    links), fixed when the group is reached and kept in the event log; `{item}` in the questions'
    text is the entry in plain words."""
    ask_another: str | None = None
    """Asked after each item ("Was there another one?"); a yes starts a new item. With items_from
    and page_size: asked after each page of items while more remain ("Go through more?")."""
    page_size: int | None = Field(default=None, ge=1, le=50)
    """With items_from and ask_another: how many items are asked before "more?" is offered."""
    item_label: str = "item {n}"
    """How an item is named in prompts and the review, `{n}` being its number."""
    max_items: int = Field(default=30, ge=1, le=200)


Question = Annotated[
    YesNo
    | SingleChoice
    | MultipleChoice
    | Integer
    | Number
    | Duration
    | Dose
    | MonthYear
    | Rating
    | Text
    | LinkReview
    | ReadBack
    | Repeat,
    Field(discriminator="type"),
]

QUESTION_KINDS: dict[str, type[QuestionBase]] = {
    "yes_no": YesNo,
    "single_choice": SingleChoice,
    "multiple_choice": MultipleChoice,
    "integer": Integer,
    "number": Number,
    "duration": Duration,
    "dose": Dose,
    "month_year": MonthYear,
    "rating": Rating,
    "text": Text,
    "link_review": LinkReview,
    "read_back": ReadBack,
    "repeat": Repeat,
}
