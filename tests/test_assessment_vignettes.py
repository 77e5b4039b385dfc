"""Each vignette's answers drive the whole assessment to the vignette's record and staging.

transcripts/cases/NN_name.answers.yaml holds what a clinician types reading the vignette, keyed by
question; the interview's record must equal NN_name.record.json and stage to NN_name.expected.json.
"""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from interview.engine import Conversation
from interview.mapping import build_record, generic_name
from interview.mapping.read_backs import READ_BACKS
from interview.record import ClinicalRecord, load_record
from interview.record.paths import DRUG_NAME_PATHS
from interview.script import Script, load_script_file
from interview.session.answer_files import read_keyed_answers
from interview.staging import stage
from interview.staging.results import Status

ROOT = Path(__file__).parent.parent
CASES = ROOT / "transcripts" / "cases"
SCRIPT_PATH = ROOT / "scripts" / "trd_assessment.yaml"
NAMES = sorted(p.name.removesuffix(".answers.yaml") for p in CASES.glob("*.answers.yaml"))
TODAY = datetime.date(2026, 11, 21)
METHODS = ("thase_rush", "esm", "mghs", "msm", "dm_trd", "conway", "markowitz", "guidi_fava")

NOT_APPLICABLE = {"missing": "not_applicable", "kind": "missing"}
SKIPPED = {"missing": "skipped", "kind": "missing"}
DONT_KNOW = {"missing": "dont_know", "kind": "missing"}

# Vignette 01 is the published case report: it says nothing of suicide risk. The screener cannot
# be skipped, so the clinician answers "don't know" to every item it asks; the vignette's record,
# written without an interview, leaves those fields out.
SAFETY_UNKNOWN_IN = {"01_atrq_published"}


def script() -> Script:
    return load_script_file(SCRIPT_PATH).script


def interview(name: str) -> Conversation:
    """The interview driven by the answers file, refusing nothing and ending."""
    # no session label, as `interview run --answers FILE` without --patient: the file types the label
    conversation, _ = Conversation.start(script(), "", today=lambda: TODAY, read_backs=READ_BACKS)
    path = CASES / f"{name}.answers.yaml"
    keyed = read_keyed_answers(path.read_text(encoding="utf-8"), str(path))
    for line in keyed.lines(conversation):
        slot = conversation.current
        reply = conversation.handle(line)
        errors = [m.text for m in reply.messages if m.kind == "error"]
        assert errors == [], f"{name}: {line!r} at {slot} was refused: {errors}"
    assert conversation.finished, f"{name}: the answers stop at {conversation.current}"
    assert keyed.unused == [], f"{name}: answers for questions never asked: {keyed.unused}"
    return conversation


def comparable(record: ClinicalRecord) -> dict[str, Any]:
    """The record as JSON, with 'not applicable' read as the record's default 'skipped'.

    A vignette file cannot say "not asked because it did not apply": a field it leaves out reads as
    Missing(skipped). The interview, whose skip logic never asked such a question, says
    Missing(not_applicable). Both mean "no value, none asked for"; every other difference counts.
    """
    comparable: dict[str, Any] = _same_as_skipped(record.model_dump(mode="json"))
    return comparable


def _same_as_skipped(value: Any) -> Any:
    if value == NOT_APPLICABLE:
        return SKIPPED
    if isinstance(value, dict):
        return {key: _same_as_skipped(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_same_as_skipped(item) for item in value]
    return value


def expected_record(name: str) -> dict[str, Any]:
    """The vignette's record, with the differences an interview cannot avoid made explicit."""
    data = comparable(load_record(CASES / f"{name}.record.json"))
    # Drug names: the interview records the catalogue's generic name whatever was typed ("Zoloft" is
    # sertraline); some vignettes were written with the brand name.
    assert "medication_trials[].drug" in DRUG_NAME_PATHS
    for trial in data["medication_trials"]:
        trial["drug"] = generic_name(trial["drug"])
        trial["add_on_drugs"] = [generic_name(d) for d in trial["add_on_drugs"]]
    for episode in data["earlier_episodes"]:
        episode["drugs_that_helped"] = [generic_name(d) for d in episode["drugs_that_helped"]]
    # Residual symptoms are asked only when mood has improved (Guidi & Fava category d); the
    # constructed vignettes also hold 'no' when it has not, which no interview asks for.
    episode = data["current_episode"]
    if episode["mood_improved"] != "yes":
        assert episode["residual_symptoms_impair_functioning"] in ("no", SKIPPED)
        episode["residual_symptoms_impair_functioning"] = SKIPPED
    if name in SAFETY_UNKNOWN_IN:
        for field in _SCREENER_ITEMS:
            assert data["safety"][field] == SKIPPED
            data["safety"][field] = DONT_KNOW
    return data


_SCREENER_ITEMS = (
    "wish_to_be_dead",
    "suicidal_thoughts",
    "thoughts_with_method",
    "intent_without_plan",
    "intent_with_plan",
    "suicidal_behaviour_lifetime",
    "suicidal_behaviour_past_3_months",
)


def staged(record: ClinicalRecord) -> dict[str, Any]:
    """The staging outcomes a vignette's .expected.json states."""
    report = stage(record)
    safety = report.safety
    level = safety.derived_level_min
    if safety.derived_level_max != level:
        level = f"{level} to {safety.derived_level_max}"
    return {
        **{key: report.method(key).outcome.label for key in METHODS},
        "msm_band": report.method("msm").outcome.band,
        "spectrum": report.differential.spectrum,
        "safety": level,
        "flags_met": sorted(f.key for f in report.differential.flags if f.status is Status.MET),
    }


def test_at_least_six_vignettes_have_an_answers_file() -> None:
    assert len(NAMES) >= 6
    for name in NAMES:
        assert (CASES / f"{name}.record.json").exists(), f"{name}.answers.yaml has no vignette"


@pytest.mark.parametrize("name", NAMES)
def test_the_answers_make_the_vignettes_record(name: str) -> None:
    conversation = interview(name)
    record = build_record(conversation.script, conversation)
    assert comparable(record) == expected_record(name)


@pytest.mark.parametrize("name", NAMES)
def test_the_interviews_record_stages_as_the_vignette_expects(name: str) -> None:
    conversation = interview(name)
    expected = json.loads((CASES / f"{name}.expected.json").read_text(encoding="utf-8"))
    expected["flags_met"] = sorted(expected["flags_met"])
    got = staged(build_record(conversation.script, conversation))
    assert got == {key: expected[key] for key in got}


def test_a_whole_interview_runs_end_to_end_through_the_command_line(tmp_path: Path) -> None:
    name = "07_refractory_after_psychotherapy"
    database = tmp_path / "interview.db"
    run = subprocess.run(
        [sys.executable, "-m", "interview", "--db", str(database), "run", "trd_assessment", "--plain",
         "--answers", str(CASES / f"{name}.answers.yaml")],
        capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120, cwd=ROOT,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "That is the end of the interview" in run.stdout
    assert "Thase" in run.stdout or "Stage" in run.stdout, "the staging summary follows the interview"
