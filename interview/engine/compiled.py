"""One compiled machine per script, shared by all its sessions (building one per session is costly)."""

from __future__ import annotations

from interview.engine.machine import CompiledScript, compile_script
from interview.script.model import Script

_COMPILED: dict[tuple[str, str], CompiledScript] = {}


def compiled_for(script: Script) -> CompiledScript:
    """The machine for this exact script text, compiled on first use."""
    key = (script.id, script.digest)
    compiled = _COMPILED.get(key)
    if compiled is None or (compiled.script is not script and compiled.script != script):
        compiled = _COMPILED[key] = compile_script(script)
    return compiled
