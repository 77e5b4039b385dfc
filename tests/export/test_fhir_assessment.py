"""FHIR export of the full assessment: every question kind of the bundled scripts becomes valid FHIR R4."""

from __future__ import annotations

import json
import typing
from pathlib import Path

from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from interview.cli import main
from interview.engine import Conversation
from interview.export.fhir import _ITEM_TYPES
from interview.script import load_script_file
from interview.script.questions import QuestionBase
from interview.session.answer_files import read_keyed_answers
from interview.storage import SessionStore, open_database
from tests.test_assessment_vignettes import CASES, SCRIPT_PATH, TODAY


def question_kinds() -> set[str]:
    """Every `type:` the script model knows (each question class declares one Literal)."""
    kinds: set[str] = set()
    models = list(QuestionBase.__subclasses__())
    while models:  # a shared base of several kinds (choices) declares no type of its own
        model = models.pop()
        models += model.__subclasses__()
        if "type" in model.model_fields:
            kinds.update(typing.get_args(model.model_fields["type"].annotation))
    return kinds


def test_every_question_kind_has_a_fhir_item_type() -> None:
    assert question_kinds() - set(_ITEM_TYPES) == set()


def store_assessment(database: Path, answers: str, checker: str) -> str:
    """Run the full assessment on a vignette's answers into a database, saying who checks the links."""
    store = SessionStore(open_database(database))
    script = load_script_file(SCRIPT_PATH).script
    conversation, first = Conversation.start(script, "P-fhir", today=lambda: TODAY)
    session_id = store.create_begun(first.events, script.source_text)
    store.append(session_id, first.events)
    path = CASES / answers
    keyed = read_keyed_answers(path.read_text(encoding="utf-8"), str(path))
    keyed.answers["link_checker"] = [checker]
    for line in keyed.lines(conversation):
        store.append(session_id, conversation.handle(line).events)
    assert conversation.finished
    return session_id


def test_a_finished_full_assessment_exports_as_valid_fhir(tmp_path: Path) -> None:
    database = tmp_path / "fhir.db"
    store_assessment(database, "07_refractory_after_psychotherapy.answers.yaml", "both")
    out = tmp_path / "export"
    assert main(["--db", str(database), "export", "--out", str(out), "--format", "fhir", "--anonymize"]) == 0
    (questionnaire,) = out.glob("Questionnaire-*.json")
    (response,) = out.glob("QuestionnaireResponse-*.json")
    Questionnaire.model_validate_json(questionnaire.read_text(encoding="utf-8"))
    QuestionnaireResponse.model_validate_json(response.read_text(encoding="utf-8"))
    answered = {
        item["linkId"]: item
        for section in json.loads(response.read_text(encoding="utf-8"))["item"]
        for item in section["item"]
    }
    assert answered["link_checker"]["answer"], "who checks the links read back is exported"
    assert answered["summary_correct"]["answer"] == [{"valueBoolean": True}]
