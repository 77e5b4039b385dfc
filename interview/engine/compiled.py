"""One compiled machine per script, shared by all its sessions (building one per session is costly)."""

from __future__ import annotations

from interview.engine.machine import CompiledScript, compile_script
from interview.script.model import Script

_COMPILED: dict[tuple[str, str], CompiledScript] = {}


def compiled_for(script: Script) -> CompiledScript:
    """The machine for this exact script text, compiled on first use."""
    if not script.source_text:  # built in code, not loaded: no digest tells versions apart
        return compile_script(script)
    key = (script.id, script.digest)
    if key not in _COMPILED:
        _COMPILED[key] = compile_script(script)
    return _COMPILED[key]
