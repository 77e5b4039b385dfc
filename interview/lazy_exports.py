"""Package names imported when first used (PEP 562), so importing a package stays cheap.

`interview run` paints its first question before the engine, the record models and sqlite-utils are
imported; packages whose `__init__` re-exports those names use this instead of importing them.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping


def lazy_exports(package: str, module_of: Mapping[str, str]) -> Callable[[str], object]:
    """A module-level `__getattr__` for `package`: each name in `module_of` is imported from its
    module on first use, then kept in the package so later lookups do not come back here."""

    def __getattr__(name: str) -> object:
        module = module_of.get(name)
        if module is None:
            raise AttributeError(f"module '{package}' has no attribute '{name}'")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
