"""Both reports as one self-contained HTML file: inline CSS and SVG, nothing fetched, autoescaped.

Patient answers are untrusted text, so every template is rendered with autoescaping on; the only
markup not escaped is our own stylesheet. Templates live in interview/report/templates/.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from jinja2 import Environment, PackageLoader, StrictUndefined

from interview.report.clinician import ClinicianView
from interview.report.macro_svg import layout as macro_layout
from interview.report.patient import PatientView
from interview.report.timeline import Adequacy
from interview.report.timeline_svg import layout
from interview.report.values import STATUS_WORDS

_CSS_OF = {Adequacy.ADEQUATE: "adequate", Adequacy.INADEQUATE: "inadequate", Adequacy.UNKNOWN: "unknown"}


@cache
def environment() -> Environment:
    """The template environment: autoescape on for every template, undefined names are errors."""
    env = Environment(
        loader=PackageLoader("interview.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    env.globals.update(status_word=STATUS_WORDS, css_of=_CSS_OF)
    return env


@cache
def _css() -> str:
    return resources.files("interview.report").joinpath("templates/style.css").read_text(encoding="utf-8")


def clinician_html(view: ClinicianView, generated: str) -> str:
    """The clinician report as a single HTML page."""
    return (
        environment()
        .get_template("clinician.html.j2")
        .render(
            view=view,
            svg=layout(view.timeline),
            macro_svg=macro_layout(view.macro.analysis),
            generated=generated,
            page_title=view.title,
            body_class="clinician",
            css=_css(),
        )
    )


def patient_html(view: PatientView) -> str:
    """The patient report as a single HTML page."""
    return (
        environment()
        .get_template("patient.html.j2")
        .render(view=view, page_title=view.title, body_class="patient", css=_css())
    )
