"""A script file's parsed YAML kept by the file's digest, so launching an interview skips the parse.

Parsing the assessment script with ruamel (round-trip, every line kept) takes ~220 ms; checking the
parsed data against the schema takes ~2 ms. The cache therefore keeps only the plain data, as JSON
named by the SHA-256 of the file's bytes, and every load still checks it against the schema: a
cache entry whose digest or format differs from what is asked for is never used, and an entry
that cannot be read or checked is ignored and the file is parsed as if there were no cache.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from platformdirs import user_cache_dir

from interview.script.errors import ErrorCode, ScriptError, ScriptProblem
from interview.script.loader import SourceMap, script_data, script_from_data
from interview.script.model import Script

FORMAT = 1
"""Bumped when what is stored changes; entries of another format are ignored."""
CACHE_ENV = "INTERVIEW_CACHE_DIR"
"""Where the cache lives when set (tests point it at a temporary folder)."""


def cache_dir() -> Path:
    """The per-user cache folder for parsed scripts."""
    configured = os.environ.get(CACHE_ENV)
    return Path(configured) if configured else Path(user_cache_dir("interview")) / "scripts"


def load_script_cached(path: Path, folder: Path | None = None) -> Script:
    """The Script in a file, from the cache when an entry for exactly these bytes exists.

    Raises ScriptError as `load_script_file` does; a script with problems is never cached.
    """
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        problem = ScriptProblem(str(path), 1, ErrorCode.YAML_SYNTAX, f"cannot read the file: {error}")
        raise ScriptError([problem]) from None
    digest = hashlib.sha256(raw).hexdigest()
    entry = (folder or cache_dir()) / f"{digest}.json"
    cached = _read(entry, digest)
    if cached is not None:
        try:
            return script_from_data(cached, text, SourceMap(str(path), {}))
        except ScriptError:
            pass  # the schema changed since it was stored: parse the file as if there were no entry
    data, source = script_data(text, str(path))
    script = script_from_data(data, text, source)
    _write(entry, {"format": FORMAT, "digest": digest, "data": data})
    return script


def _read(entry: Path, digest: str) -> dict[str, Any] | None:
    try:
        stored = json.loads(entry.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(stored, dict) or stored.get("format") != FORMAT or stored.get("digest") != digest:
        return None
    data = stored.get("data")
    return data if isinstance(data, dict) else None


def _write(entry: Path, stored: dict[str, Any]) -> None:
    """Store atomically (a reader never sees half a file); a cache that cannot be written is skipped."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=entry.parent, suffix=".tmp", delete=False
        ) as handle:
            json.dump(stored, handle)
        os.replace(handle.name, entry)
    except OSError:
        return
