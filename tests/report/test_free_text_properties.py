"""Property: whatever a patient types, every report renders and no markup of theirs survives."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview.record import ClinicalRecord
from interview.report import render_report, report_input
from interview.report.json_report import ClinicianJson, PatientJson, json_schema
from tests.report.cases import FIXED

OUR_TAGS = frozenset(
    [
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "main",
        "header",
        "h1",
        "h2",
        "h3",
        "p",
        "section",
        "div",
        "ul",
        "ol",
        "li",
        "strong",
        "span",
        "table",
        "caption",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "figure",
        "figcaption",
        "pre",
        "svg",
        "desc",
        "defs",
        "pattern",
        "path",
        "line",
        "text",
        "g",
        "rect",
        "marker",
        "details",
        "summary",
    ]
)


class _Tags(HTMLParser):
    """Every tag name and attribute name in a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)


TEXT = st.text(alphabet=st.sampled_from("<>&\"'`|/\\ \nscriptimgab=()*_#-[]{}é🙂"), max_size=40)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(priority=TEXT, note=TEXT, drug=TEXT.filter(str.strip))
def test_free_text_never_breaks_out_of_a_report(priority: str, note: str, drug: str) -> None:
    record = ClinicalRecord.model_validate(
        {
            "preferences": {"priorities": [priority]},
            "interpersonal": {"notes": note},
            "medication_trials": [{"drug": drug, "weeks_at_dose": 8}],
        }
    )
    data = report_input(record)
    for audience in ("clinician", "patient"):
        parser = _Tags()
        parser.feed(render_report(data, "html", audience, FIXED))
        assert parser.tags <= OUR_TAGS
        assert not any(name.startswith("on") for name in parser.attributes)
        md = render_report(data, "md", audience, FIXED)
        prose = md.split("```")[::2] if "````" not in md else [md.split("````")[0]]
        assert all("<" not in part for part in prose)


def test_json_schemas_list_the_documented_keys_in_order() -> None:
    assert list(json_schema("clinician")["properties"]) == list(ClinicianJson.model_fields)
    assert list(json_schema("patient")["properties"]) == [
        "format",
        "format_version",
        "audience",
        "generated_at",
        "help_now",
        "sections",
    ]
    assert list(PatientJson.model_fields)[-1] == "sections"
