"""Agreement between two raters: percent agreement, and Cohen's kappa where it fits."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

MIN_KAPPA_ITEMS = 10
"""Fewer paired categorical codings than this make kappa too unstable to show (our threshold, 🛠)."""


@dataclass(frozen=True)
class Kappa:
    """Cohen's kappa, or the reason it is not given."""

    value: float | None
    reason: str = ""
    """Why kappa does not fit here (empty when `value` is given)."""

    items: int = 0
    """How many paired categorical codings there were."""

    def shown(self) -> str:
        """'0.62', or 'not given: <reason>'."""
        return f"{self.value:.2f}" if self.value is not None else f"not given: {self.reason}"

    def short(self) -> str:
        """For a table cell: '0.62', 'n/a (3 items)' or 'n/a (one category)'."""
        if self.value is not None:
            return f"{self.value:.2f}"
        if self.items < MIN_KAPPA_ITEMS:
            return f"n/a ({self.items} item{'s' if self.items != 1 else ''})"
        return "n/a (one category)"


def percent_agreement(agreed: Sequence[bool]) -> float | None:
    """Share of items coded alike, in percent (None when there are no items)."""
    if not agreed:
        return None
    return 100.0 * sum(agreed) / len(agreed)


def cohen_kappa(pairs: Sequence[tuple[Hashable, Hashable]], min_items: int = MIN_KAPPA_ITEMS) -> Kappa:
    """Cohen's kappa for two raters' categorical codings of the same items.

    kappa = (po - pe) / (1 - pe), with po the observed agreement and pe the agreement expected by
    chance from each rater's own category frequencies (Cohen 1960).

    Args:
        pairs: (rater A's category, rater B's category) for each item.
        min_items: below this many items kappa is not given.

    Returns:
        The value, or None with the reason: too few items, or chance agreement of 1 (both raters
        used one and the same category throughout, so kappa is undefined).
    """
    n = len(pairs)
    if n < min_items:
        return Kappa(
            None, f"{n} categorical item{'s' if n != 1 else ''}; kappa needs at least {min_items}", n
        )
    observed = sum(1 for a, b in pairs if a == b) / n
    first = Counter(a for a, _ in pairs)
    second = Counter(b for _, b in pairs)
    expected = sum(first[c] * second[c] for c in first) / (n * n)
    if expected >= 1.0:
        return Kappa(None, "both codings use a single category throughout, so chance agreement is 1", n)
    return Kappa((observed - expected) / (1.0 - expected), items=n)
