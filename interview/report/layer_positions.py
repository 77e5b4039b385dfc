"""Horizontal positions for a layered drawing: each node near its neighbours, the order kept.

The order within each layer (which decides the crossings) is given; this only chooses where along
the row each node sits, so arrows run as straight as the order allows. Each row is solved exactly:
the positions closest (least squares) to the mean of the neighbours' positions that keep the order
and the gaps, by pool-adjacent-violators; a few sweeps down and up the rows (🛠 our method).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

SWEEPS = 4
BEND_WEIGHT = 10.0
"""A bend resists being pushed aside by a box: a long arrow bends as little as it can."""

Segment = tuple[str, str]


def pack(
    desired: Sequence[float], widths: Sequence[float], gap: float, weights: Sequence[float] | None = None
) -> list[float]:
    """Centres as close as possible to the desired ones (weighted least squares), in this order,
    `gap` apart at least."""
    weights = weights if weights is not None else [1.0] * len(desired)
    starts, offset = [], 0.0
    for width in widths:  # a node's left edge minus this offset may only grow along the row
        starts.append(offset)
        offset += width + gap
    targets = [d - w / 2 - s for d, w, s in zip(desired, widths, starts, strict=True)]
    blocks: list[tuple[float, float, int]] = []  # (weighted sum, total weight, count) of pooled targets
    for target, weight in zip(targets, weights, strict=True):
        total, mass, count = target * weight, weight, 1
        while blocks and blocks[-1][0] / blocks[-1][1] > total / mass:
            previous = blocks.pop()
            total, mass, count = total + previous[0], mass + previous[1], count + previous[2]
        blocks.append((total, mass, count))
    shifts = [total / mass for total, mass, count in blocks for _ in range(count)]
    return [y + s + w / 2 for y, s, w in zip(shifts, starts, widths, strict=True)]


def positions(
    layers: Sequence[Sequence[str]],
    width_of: Callable[[str], float],
    segments: Sequence[Segment],
    gap: float,
    bend: Callable[[str], bool] = lambda node: False,
) -> dict[str, float]:
    """The centre x of every node, the leftmost edge at 0 (rows start centred on each other).

    `bend` tells the bends of long edges: a bend follows the bend next to it and weighs more than a
    box, so a long arrow runs straight down its gap and the boxes make room.
    """
    neighbours: dict[str, list[str]] = {node: [] for layer in layers for node in layer}
    for a, b in segments:
        neighbours[a].append(b)
        neighbours[b].append(a)
    centre: dict[str, float] = {}
    for layer in layers:
        for node, x in zip(layer, pack([0.0] * len(layer), [width_of(n) for n in layer], gap), strict=True):
            centre[node] = x
        row_mid = (min(centre[n] for n in layer) + max(centre[n] for n in layer)) / 2 if layer else 0.0
        for node in layer:
            centre[node] -= row_mid
    row_of = {node: row for row, layer in enumerate(layers) for node in layer}
    passes = [range(1, len(layers)), range(len(layers) - 2, -1, -1)] * SWEEPS
    for rows in passes:
        for row in rows:
            layer = layers[row]

            def wanted(node: str, row: int = row) -> float:
                found = [n for n in neighbours[node] if abs(row_of[n] - row) == 1]
                if bend(node) and any(bend(n) for n in found):
                    found = [n for n in found if bend(n)]
                return sum(centre[n] for n in found) / len(found) if found else centre[node]

            placed = pack(
                [wanted(n) for n in layer],
                [width_of(n) for n in layer],
                gap,
                [BEND_WEIGHT if bend(n) else 1.0 for n in layer],
            )
            centre.update(zip(layer, placed, strict=True))
    left = min((centre[n] - width_of(n) / 2 for n in centre), default=0.0)
    return {node: x - left for node, x in centre.items()}
