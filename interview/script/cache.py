"""A script file's parsed YAML, and the opening of a new session, kept by the file's digest.

Parsing the assessment script with ruamel (round-trip, every line kept) takes ~220 ms; checking the
parsed data against the schema takes ~2 ms. The cache therefore keeps only the plain data, as JSON
named by the SHA-256 of the file's bytes, and every load still checks it against the schema: a
cache entry whose digest or format differs from what is asked for is never used, and an entry
that cannot be read or checked is ignored and the file is parsed as if there were no cache.

The opening is what a new session of the script shows first (the TUI writes it whenever the engine
starts a session, and paints it before the engine has loaded). It is plain JSON the TUI defines,
kept per digest and per version of this app; the engine's own first reply always replaces it.
This module imports neither the loader nor pydantic until a script is loaded: the TUI reads the
opening before its first paint.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_cache_dir

from interview import __version__
from interview.script.errors import ErrorCode, ScriptError, ScriptProblem

if TYPE_CHECKING:
    from interview.script.loader import SourceMap
    from interview.script.model import Script

FORMAT = 1
"""Bumped when what is stored changes; entries of another format are ignored."""
OPENING_FORMAT = 1
"""The same for openings (which are also ignored when written by another version of the app)."""
CACHE_ENV = "INTERVIEW_CACHE_DIR"
"""Where the cache lives when set (tests point it at a temporary folder)."""


def cache_dir() -> Path:
    """The per-user cache folder for parsed scripts."""
    configured = os.environ.get(CACHE_ENV)
    return Path(configured) if configured else Path(user_cache_dir("interview")) / "scripts"


@dataclass(frozen=True)
class ScriptSource:
    """A script file's bytes, read once, with their digest (what its cache entries are named by)."""

    path: Path
    raw: bytes
    digest: str


def read_source(path: Path) -> ScriptSource:
    """Read a script file (and hash it) once; raises ScriptError when it cannot be read."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ScriptError([_unreadable(path, error)]) from None
    return ScriptSource(path, raw, source_digest(raw))


def load_script_cached(path: Path, folder: Path | None = None) -> Script:
    """The Script in a file, from the cache when an entry for exactly these bytes exists.

    Raises ScriptError as `load_script_file` does; a script with problems is never cached.
    """
    return load_source_cached(read_source(path), folder)


def load_source_cached(source: ScriptSource, folder: Path | None = None) -> Script:
    """`load_script_cached` on bytes read already (the TUI reads them before its first paint)."""
    from interview.script.loader import SourceMap, script_from_data

    path, digest = source.path, source.digest
    try:
        text = source.raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ScriptError([_unreadable(path, error)]) from None
    entry = (folder or cache_dir()) / f"{digest}.json"
    cached = _read(entry, digest)
    if cached is not None:
        try:
            return script_from_data(cached, text, SourceMap(str(path), {}))
        except ScriptError:
            pass  # the schema changed since it was stored: parse the file as if there were no entry
    data, source_map = script_data(text, str(path))
    script = script_from_data(data, text, source_map)
    _write(entry, {"format": FORMAT, "digest": digest, "data": data})
    return script


def _unreadable(path: Path, error: Exception) -> ScriptProblem:
    return ScriptProblem(str(path), 1, ErrorCode.YAML_SYNTAX, f"cannot read the file: {error}")


def script_data(text: str, file: str) -> tuple[dict[str, Any], SourceMap]:
    """Parse the YAML (ruamel, every line kept): what a valid cache entry saves."""
    from interview.script.loader import script_data as parse

    return parse(text, file)


def source_digest(raw: bytes) -> str:
    """What cache entries are named by: the SHA-256 of a script file's bytes."""
    return hashlib.sha256(raw).hexdigest()


def read_opening(digest: str, folder: Path | None = None) -> dict[str, Any] | None:
    """The opening stored for the script with this digest by this version of the app, if any."""
    stored = _stored(_opening_entry(digest, folder))
    if (
        not isinstance(stored, dict)
        or stored.get("format") != OPENING_FORMAT
        or stored.get("digest") != digest
        or stored.get("version") != __version__
    ):
        return None
    opening = stored.get("opening")
    return opening if isinstance(opening, dict) else None


def write_opening(digest: str, opening: dict[str, Any], folder: Path | None = None) -> None:
    """Keep the opening of a new session of this script (skipped when the cache cannot be written)."""
    stored = {"format": OPENING_FORMAT, "digest": digest, "version": __version__, "opening": opening}
    _write(_opening_entry(digest, folder), stored)


def _opening_entry(digest: str, folder: Path | None) -> Path:
    return (folder or cache_dir()) / f"{digest}.opening.json"


def _stored(entry: Path) -> Any:
    try:
        return json.loads(entry.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None


def _read(entry: Path, digest: str) -> dict[str, Any] | None:
    stored = _stored(entry)
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
