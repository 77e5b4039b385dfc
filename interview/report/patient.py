"""The patient report's content: plain words a patient can keep, hopeful and accurate.

The treatments fell short, never the patient: no staging labels, no "resistant", help first when
the safety screen was positive. Every sentence here is ours except the patient's own priorities.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from interview.report.alerts import AlertLevel
from interview.report.inputs import ReportInput
from interview.report.patient_trials import helped, trial_line
from interview.report.values import lower_first, upper_first
from interview.safety.contacts import for_the_person
from interview.staging.options_data import PATIENT_WORDS
from interview.staging.results import Option, Status

_HELP_ALWAYS = (
    "If you are thinking about ending your life, or feel you might act on such thoughts, get help "
    "now: call your local emergency number or go to the nearest emergency department."
)
_HELP_BY_LEVEL = {
    AlertLevel.HIGH: "Please do not stay alone. Ask someone you trust to be with you, and keep away "
    "from anything you could use to harm yourself.",
    AlertLevel.MODERATE: "Please contact your clinician or a crisis line today, not later.",
    AlertLevel.LOW: "Please tell your clinician about these thoughts. They are common in depression, "
    "and they can be helped.",
}
_NO_CONTACTS = "Crisis line where you live (ask your clinician to write it here): ____________________"

_AREAS = {
    "depression": "the low mood and other symptoms of depression",
    "anxiety": "anxiety",
    "insomnia": "poor sleep",
    "substance_use": "alcohol or drug use",
    "role_dispute": "tension or conflict in a close relationship",
    "grief": "grief after a loss",
    "role_transition": "a big change in your role in life",
    "interpersonal_deficits": "feeling isolated",
    "stress_overload": "stress that is more than anyone could carry",
    "demoralisation": "feeling discouraged",
    "illness_behaviour": "how the illness is managed day to day",
    "nonadherence": "treatment being hard to keep up regularly",
    "medical_illness": "physical health problems or other medicines",
    "behavioural_toxicity": "possible effects of the antidepressant medicines themselves",
    "lifestyle": "daily habits (activity, eating, smoking)",
    "well_being": "your sense of well-being",
}
"""Problem areas in the words a patient reads (the macro-analysis labels are clinical)."""


class View(BaseModel):
    """Base of the patient views."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class HelpNow(View):
    """Where to get help now; shown first when the safety screen was positive."""

    paragraphs: list[str]
    contacts: list[str]


class PatientSection(View):
    """One section of the patient report."""

    id: str
    title: str
    paragraphs: list[str]
    items: list[str] = []


class PatientView(View):
    """The whole patient report, help first."""

    title: str
    date: str
    help_now: HelpNow | None
    sections: list[PatientSection]


def _help(data: ReportInput) -> HelpNow | None:
    alert = data.highest_alert
    if alert is None:
        return None
    contacts, unconfigured = for_the_person(list(data.crisis_contacts) or list(alert.contacts))
    if unconfigured or not contacts:
        contacts.append(_NO_CONTACTS)
    return HelpNow(paragraphs=[_HELP_ALWAYS, _HELP_BY_LEVEL[alert.level]], contacts=contacts)


def _so_far(data: ReportInput) -> PatientSection:
    s = data.staging
    verdicts = s.medication_trials + s.psychotherapy_trials + s.somatic_treatments
    some_helped = any(helped(v, data.record) for v in verdicts)
    if not verdicts:
        first = "No treatment for this episode was recorded in the interview."
    elif s.differential.improved_not_remitted:
        first = (
            "Your mood is better than at its worst, but some symptoms still get in the way. Your "
            "depression has not yet remitted, and there are specific ways to work on what remains."
        )
    elif some_helped:
        first = (
            "Some treatments have helped, each with part of the depression; none has yet brought it "
            "to an end. Below is what each one did and how much."
        )
    else:
        first = (
            "Each treatment so far was aimed at part of the depression, and none has yet brought the "
            "change you need. That is about the treatments, not about you."
        )
    paragraphs = [first]
    if any(v.adequate is Status.NOT_MET for v in verdicts):
        paragraphs.append(
            "Some of them were not given at a full dose or for long enough to show what they can do, "
            "so they are not the end of the road."
        )
    return PatientSection(
        id="so-far",
        title="What has been tried so far",
        paragraphs=paragraphs,
        items=[trial_line(v, data.record) for v in verdicts],
    )


def _priorities(data: ReportInput) -> PatientSection:
    chosen = sorted(
        (area for area in data.macro.areas if area.patient_priority is not None),
        key=lambda area: area.patient_priority or 0,
    )
    # the patient's own words first; else the areas they ranked in the interview
    priorities = list(data.record.preferences.priorities) or [
        upper_first(_AREAS.get(area.id, area.label)) for area in chosen
    ]
    if priorities:
        text = "You said these matter most to you, in this order. Your care plan should start from them."
    else:
        text = (
            "You have not named your priorities yet. You can tell your clinician at any time what "
            "you most want to change."
        )
    return PatientSection(
        id="priorities", title="What matters most to you", paragraphs=[text], items=priorities
    )


def _links(data: ReportInput) -> PatientSection | None:
    labels = {area.id: _AREAS.get(area.id, lower_first(area.label)) for area in data.macro.areas}
    items = [
        f"{upper_first(labels[link.from_area])} may be adding to {labels[link.to_area]}."
        for link in data.macro.links
        if "safety" not in (link.from_area, link.to_area)
    ]
    if not items:
        return None
    text = (
        "Difficulties often feed each other. This is a first picture of how yours may be connected, "
        "for you and your clinician to correct together."
    )
    return PatientSection(id="links", title="How things may be connected", paragraphs=[text], items=items)


def plain_option(option: Option) -> str | None:
    """A staging option in words a patient reads, chosen by its id; None for the clinician's options
    (tapering)."""
    return PATIENT_WORDS[option.id]


def _options(data: ReportInput) -> PatientSection:
    said = (plain_option(o) for o in data.staging.left_to_try)
    items = list(dict.fromkeys(plain for plain in said if plain))
    paragraphs = [
        "There are still options that have not been fully tried. They are for you and your clinician "
        "to talk through together; this is not a prescription."
    ]
    avoid = data.record.preferences.treatments_to_avoid
    if avoid:
        paragraphs.append(
            f"You said you would rather avoid: {', '.join(avoid)}. That will be respected in the plan."
        )
    return PatientSection(id="options", title="What can still be tried", paragraphs=paragraphs, items=items)


def _about(data: ReportInput) -> PatientSection:
    unfinished = data.session is not None and data.session.status not in ("finished", "")
    return PatientSection(
        id="about",
        title="About this summary",
        paragraphs=[
            *(
                ["The interview is not finished yet, so this covers only the part done so far."]
                if unfinished
                else []
            ),
            "This is a summary of your interview about depression. It is yours to keep; your "
            "clinician has a more detailed version and can explain anything in it.",
            "When depression has not yet lifted after treatment, it is sometimes called "
            "difficult-to-treat. This is common, and it does not mean nothing more can help: looking "
            "at the whole picture, not only at medicines, often opens new ways forward.",
        ],
    )


_NEXT = PatientSection(
    id="next",
    title="Next steps",
    paragraphs=["Nothing here is final. You can correct anything that does not fit."],
    items=[
        "Bring this summary to your next appointment.",
        "Ask about anything that is unclear.",
        "If things get worse before then, contact your clinician or care team early.",
        "If you ever have thoughts of ending your life, call your local emergency number or a "
        "crisis line straight away.",
    ],
)


def patient_view(data: ReportInput, date: str) -> PatientView:
    """The patient report's sections: help first (when needed), then what was found and what is next."""
    sections = [_about(data), _so_far(data), _priorities(data)]
    links = _links(data)
    sections += ([links] if links else []) + [_options(data), _NEXT]
    return PatientView(title="Your interview summary", date=date, help_now=_help(data), sections=sections)
