"""A researcher's download: the anonymized export of every session (practice left out), as one zip.

Built as `interview export --anonymize` builds it, in a private temporary folder that is removed
once the zip is in memory; audited with the researcher's name.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from interview.commands.export import export_session, select
from interview.export.dates import DateMode
from interview.export.keys import Pseudonyms, load_secret, secret_path
from interview.export.writer import FORMATS, ExportOptions, write_export
from interview.script import Script
from interview.storage import SessionStore, open_database

DATE_MODES = tuple(mode.value for mode in DateMode)


def anonymized_zip(database: Path, export_format: str, dates: str, researcher: str) -> tuple[str, bytes]:
    """The zip's file name and bytes (run on a worker thread: it opens its own connection)."""
    if export_format not in FORMATS or dates not in DATE_MODES:
        raise ValueError(f"unknown export format '{export_format}' or dates '{dates}'")
    db = open_database(database)
    try:
        store = SessionStore(db, owner=researcher)
        chosen = select(store.summaries(), None, None, None, None)
        pseudonyms = Pseudonyms(load_secret(secret_path(database)))
        scripts: dict[str, Script] = {}
        sessions = [export_session(store, summary, scripts) for summary in chosen]
        filters: dict[str, str | None] = {"via": "interview serve"}
        options = ExportOptions(export_format, pseudonyms, DateMode(dates), filters)
        with tempfile.TemporaryDirectory(prefix="interview-export-") as folder:
            out = Path(folder) / "export"
            write_export(sessions, out, options)
            packed = _zipped(out)
        store.audit(
            "export_anonymized",
            {"via": "serve", "format": export_format, "dates": dates, "sessions": len(sessions)},
        )
    finally:
        db.conn.close()
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M")
    return f"interview-export-{export_format}-{stamp}.zip", packed


def _zipped(folder: Path) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
    return buffer.getvalue()
