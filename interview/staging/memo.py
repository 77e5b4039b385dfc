"""Caching a pure function of an immutable object (settings, a table) by the object's identity."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")
_MAX_ENTRIES = 32


def by_identity(function: Callable[[K], V]) -> Callable[[K], V]:
    """Remember `function(obj)` per object, for frozen models only.

    Keyed by identity because hashing a pydantic model walks all of it (slower than the work saved);
    each entry keeps its object alive so the id cannot be reused by another object while cached.
    """
    cache: dict[int, tuple[K, V]] = {}

    def cached(obj: K) -> V:
        hit = cache.get(id(obj))
        if hit is not None and hit[0] is obj:
            return hit[1]
        value = function(obj)
        if len(cache) >= _MAX_ENTRIES:
            cache.clear()
        cache[id(obj)] = (obj, value)
        return value

    return cached
