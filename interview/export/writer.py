"""Write an export directory: transcripts, records, staging, codebook and manifest in JSONL, CSV or FHIR."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from interview import __version__
from interview.export.anonymizer import Settings
from interview.export.codebook import codebook
from interview.export.dates import DateMode
from interview.export.deidentify import Identified, SessionScrubber
from interview.export.fhir import questionnaire, questionnaire_id, questionnaire_response
from interview.export.keys import Pseudonyms
from interview.export.session import ExportSession
from interview.export.tables import MISSING_CODES, Row, record_tables, staging_rows
from interview.macro_analysis.rules import load_rules
from interview.private_files import make_private_folder, open_private, write_private
from interview.record import ClinicalRecord


@dataclass(frozen=True)
class ExportOptions:
    """What to write and how; `pseudonyms` is None exactly when the export is identified."""

    format: str
    pseudonyms: Pseudonyms | None
    date_mode: DateMode = DateMode.SHIFT
    filters: dict[str, str | None] = field(default_factory=dict)

    @property
    def identified(self) -> bool:
        return self.pseudonyms is None


def write_export(sessions: list[ExportSession], out: Path, options: ExportOptions) -> dict[str, Any]:
    """Write every file of the export into `out` (created if needed); returns the manifest written."""
    make_private_folder(out)
    enums = _enum_values()
    scrubbers = [_scrubber(session, options, enums) for session in sessions]
    files: dict[str, int] = {}
    if options.format == "fhir":
        files |= _write_fhir(sessions, scrubbers, out)
    else:
        tables = _tables(sessions, scrubbers)
        for name, rows in tables.items():
            files |= _write_table(out, name, rows, options.format)
    scripts = {(s.script.id, s.script.version): s.script for s in sessions}
    fields = [f.row() for f in codebook(scripts.values())]
    files |= _write_table(out, "codebook", fields, "csv")
    manifest = _manifest(sessions, options, files, sorted(scripts))
    write_private(out / "manifest.json", json.dumps(manifest, indent=2) + "\n")
    return manifest


def _scrubber(
    session: ExportSession, options: ExportOptions, enums: set[str]
) -> SessionScrubber | Identified:
    if options.pseudonyms is None:
        return Identified(session)
    return SessionScrubber(session, options.pseudonyms, options.date_mode, enums)


def _tables(
    sessions: list[ExportSession], scrubbers: list[SessionScrubber | Identified]
) -> dict[str, list[Row]]:
    tables: dict[str, list[Row]] = {"sessions": [], "transcripts": [], "staging": []}
    for session, scrubber in zip(sessions, scrubbers, strict=True):
        events = [scrubber.event(event) for event in session.events]
        started = scrubber.moment(session.started_at)
        tables["sessions"].append(
            {
                "session_id": scrubber.session_id,
                "patient_id": scrubber.patient,
                "script_id": session.script.id,
                "script_version": session.script.version,
                "started_at": started,
                "status": session.status,
                "events": len(events),
            }
        )
        for seq, event in enumerate(events, start=1):
            tables["transcripts"].append(_transcript_row(scrubber.session_id, seq, event))
        record = scrubber.record()
        if record is not None:
            for name, rows in record_tables(scrubber.session_id, record).items():
                tables.setdefault(name, []).extend(rows)
        staging = scrubber.staging()
        if staging is not None:
            tables["staging"] += staging_rows(scrubber.session_id, staging)
    return tables


def _transcript_row(session_id: str, seq: int, event: dict[str, Any]) -> Row:
    text = next((event[k] for k in ("text", "prompt", "display", "message") if k in event), "")
    value = event.get("value", event.get("reason"))
    return {
        "session_id": session_id,
        "seq": seq,
        "at": event["at"],
        "kind": event["kind"],
        "key": event.get("key", ""),
        "text": text,
        "value": json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value,
    }


def _write_table(out: Path, name: str, rows: list[Row], fmt: str) -> dict[str, int]:
    path = out / f"{name}.{fmt}"
    with open_private(path, newline="") as file:
        if fmt == "jsonl":
            for row in rows:
                file.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            columns = list(dict.fromkeys(column for row in rows for column in row)) or ["session_id"]
            writer = csv.DictWriter(file, fieldnames=columns, restval="")
            writer.writeheader()
            writer.writerows(rows)
    return {path.name: len(rows)}


def _write_fhir(
    sessions: list[ExportSession], scrubbers: list[SessionScrubber | Identified], out: Path
) -> dict[str, int]:
    files: dict[str, int] = {}
    written: set[str] = set()
    for session, scrubber in zip(sessions, scrubbers, strict=True):
        name = f"Questionnaire-{questionnaire_id(session.script)}.json"
        if name not in written:
            write_private(out / name, json.dumps(questionnaire(session.script), indent=2) + "\n")
            written.add(name)
            files[name] = 1
        answers = _current_answers(scrubber.event(event) for event in session.events)
        authored = scrubber.moment(session.started_at)
        response = questionnaire_response(
            session.script, scrubber.session_id, scrubber.patient, authored, session.status, answers
        )
        path = out / f"QuestionnaireResponse-{response['id']}.json"
        write_private(path, json.dumps(response, indent=2, ensure_ascii=False) + "\n")
        files[path.name] = 1
    return files


def _current_answers(events: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The last answer or missing reason given for each key (a later answer replaces an earlier one)."""
    answers: dict[str, dict[str, Any]] = {}
    for event in events:
        if event["kind"] in ("answer_recorded", "answer_missing"):
            answers[event["key"]] = event
    return answers


def _manifest(
    sessions: list[ExportSession],
    options: ExportOptions,
    files: dict[str, int],
    scripts: list[tuple[str, str]],
) -> dict[str, Any]:
    anonymization: dict[str, Any] = {"identified": options.identified}
    if options.pseudonyms is not None:
        anonymization |= Settings().describe() | {
            "ids": "HMAC-SHA256 with the installation's export secret (P- patients, S- sessions)",
            "key_id": options.pseudonyms.key_id(),
            "dates": options.date_mode.value,
            "identifying_questions": "answers withdrawn, and removed from all free text (fuzzy matching)",
        }
    return {
        "software": {"name": "interview", "version": __version__},
        "created": datetime.now(UTC).date().isoformat(),
        "format": options.format,
        "filters": options.filters,
        "counts": {
            "sessions": len(sessions),
            "events": sum(len(s.events) for s in sessions),
            "records": sum(s.record is not None for s in sessions),
            "rows": files,
        },
        "scripts": [{"id": script_id, "version": version} for script_id, version in scripts],
        "anonymization": anonymization,
        "missing_codes": MISSING_CODES,
    }


def _enum_values() -> set[str]:
    """Every code the record can hold: its schema's enumerated values and the macro-analysis area ids
    (link decisions and priorities name areas by id); codes are never free text to anonymize."""
    definitions = ClinicalRecord.model_json_schema()["$defs"]
    return {str(v) for d in definitions.values() for v in d.get("enum", [])} | set(load_rules().areas)
