"""A layered (Sugiyama-style) layout of a small directed graph: layers, order within layers, routes.

The steps, each a pure function (🛠 our implementation of the textbook method):
1. cycles are broken by reversing a minimum set of edges (exact, by dynamic programming over subsets:
   the graphs drawn have at most MAX_NODES nodes); a reversed edge is drawn as a back arrow;
2. longest-path layering, sources on top, so upstream problems sit above what they lead to; a layer
   holding more than `width` nodes passes its last ones down, which keeps every edge pointing down;
3. an edge spanning several layers gets a dummy node in each layer it crosses, so it is routed
   around the boxes in between;
4. the order within each layer minimises crossings by the barycentre heuristic (a few sweeps down
   and up, the best order seen is kept), then by swapping neighbours while that removes crossings.
Ties are always broken by the order the nodes were given in, so the output is deterministic.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

MAX_NODES = 12
"""The exact cycle breaking looks at 2**n node sets; the diagram draws at most 8 areas."""
SWEEPS = 4

Edge = tuple[str, str]


@dataclass(frozen=True)
class Route:
    """One edge through the layers: its nodes from the upper layer to the lower, dummies between."""

    edge: Edge
    """The edge as given (from, to)."""
    points: tuple[str, ...]
    """Node ids, top to bottom; the inner ones are dummies."""
    back: bool
    """True when the edge points up (it was reversed to break a cycle)."""


@dataclass(frozen=True)
class Layered:
    """The layers left to right (dummies included), the routes and how many crossings remain."""

    layers: tuple[tuple[str, ...], ...]
    routes: tuple[Route, ...]
    crossings: int

    @property
    def segments(self) -> list[Edge]:
        """Every piece of every route, each joining two adjacent layers."""
        return [pair for route in self.routes for pair in pairwise(route.points)]


def is_dummy(node: str) -> bool:
    """Dummy nodes (bends of long edges) carry a prefix no area id has."""
    return node.startswith("~")


def reversed_edges(nodes: Sequence[str], edges: Sequence[Edge]) -> set[Edge]:
    """A minimum set of edges whose reversal leaves no cycle (a minimum feedback arc set).

    The best linear order of the nodes is found over subsets (the nodes placed first); the edges
    pointing back against it are the set. Among equally good orders the one closest to the given
    node order wins, so upstream-ranked nodes stay on top.
    """
    if len(nodes) > MAX_NODES:
        raise ValueError(f"at most {MAX_NODES} nodes can be laid out, not {len(nodes)}")
    index = {node: i for i, node in enumerate(nodes)}
    outs = [0] * len(nodes)  # bit mask of the nodes each node has an edge to
    for a, b in edges:
        if a != b:
            outs[index[a]] |= 1 << index[b]
    best: dict[int, tuple[int, tuple[int, ...]]] = {0: (0, ())}
    for subset in range(1 << len(nodes)):  # every subset comes after all of its own subsets
        cost, order = best[subset]
        for v in range(len(nodes)):
            if subset >> v & 1:
                continue
            # placing v after the subset: its edges into the subset's nodes point back
            back = bin(outs[v] & subset).count("1")
            candidate = (cost + back, (*order, v))
            grown = subset | 1 << v
            if grown not in best or candidate < best[grown]:
                best[grown] = candidate
    _, order = best[(1 << len(nodes)) - 1]
    rank = {nodes[v]: r for r, v in enumerate(order)}
    return {(a, b) for a, b in edges if a != b and rank[b] < rank[a]}


def assign_layers(nodes: Sequence[str], dag: Sequence[Edge], width: int) -> dict[str, int]:
    """Longest-path layers (sources at 0), then at most `width` nodes per layer, edges still down.

    A source sits just above its nearest successor (shorter arrows). A layer that is full passes
    the nodes given last down to the next one. Nodes with no edge at all come last, into the first
    layer with room.
    """
    longest: dict[str, int] = {}
    preds = {node: [a for a, b in dag if b == node] for node in nodes}
    succs = {node: [b for a, b in dag if a == node] for node in nodes}

    def depth(node: str) -> int:
        if node not in longest:
            longest[node] = 1 + max((depth(p) for p in preds[node]), default=-1)
        return longest[node]

    def wanted(node: str) -> int:
        if preds[node] or not succs[node]:
            return depth(node)
        return min(depth(s) for s in succs[node]) - 1

    position = {node: i for i, node in enumerate(nodes)}
    alone = {node for node in nodes if not preds[node] and not succs[node]}
    queue = sorted(nodes, key=lambda n: (n in alone, wanted(n), position[n]))
    layer: dict[str, int] = {}
    count: dict[int, int] = {}
    for node in queue:  # every predecessor wants a higher layer, so it is placed first
        at = max(wanted(node), 1 + max((layer[p] for p in preds[node]), default=-1))
        while count.get(at, 0) >= width:
            at += 1
        layer[node] = at
        count[at] = count.get(at, 0) + 1
    return layer


def crossings(layers: Sequence[Sequence[str]], segments: Sequence[Edge]) -> int:
    """Crossings between segments joining adjacent layers (straight lines between two rows)."""
    where = {node: (row, col) for row, layer in enumerate(layers) for col, node in enumerate(layer)}
    total = 0
    for i, (a, b) in enumerate(segments):
        for c, d in segments[i + 1 :]:
            if where[a][0] != where[c][0]:
                continue
            first, second = where[a][1] - where[c][1], where[b][1] - where[d][1]
            total += first * second < 0
    return total


def _sweep(layers: list[list[str]], segments: Sequence[Edge], downward: bool) -> list[list[str]]:
    """One barycentre pass: each layer sorted by the mean position of its neighbours in the last."""
    out = [list(layer) for layer in layers]
    rows = range(1, len(out)) if downward else range(len(out) - 2, -1, -1)
    for row in rows:
        fixed = {node: col for col, node in enumerate(out[row - 1 if downward else row + 1])}
        neighbours: dict[str, list[int]] = {node: [] for node in out[row]}
        for a, b in segments:
            mine, other = (b, a) if downward else (a, b)
            if mine in neighbours and other in fixed:
                neighbours[mine].append(fixed[other])
        keys = {  # a node without neighbours keeps its place
            node: (sum(found) / len(found) if found else float(col), col)
            for col, (node, found) in enumerate((n, neighbours[n]) for n in out[row])
        }
        out[row].sort(key=keys.__getitem__)
    return out


def _transpose(layers: list[list[str]], segments: Sequence[Edge]) -> list[list[str]]:
    """Swap neighbours within a layer while that removes crossings (what the barycentre misses)."""
    out = [list(layer) for layer in layers]
    fewest = crossings(out, segments)
    improved = True
    while improved and fewest:
        improved = False
        for row in out:
            for i in range(len(row) - 1):
                row[i], row[i + 1] = row[i + 1], row[i]
                found = crossings(out, segments)
                if found < fewest:
                    fewest, improved = found, True
                else:
                    row[i], row[i + 1] = row[i + 1], row[i]
    return out


def minimise_crossings(layers: list[list[str]], segments: Sequence[Edge]) -> list[list[str]]:
    """A few barycentre sweeps down and up, then neighbour swaps; the fewest crossings seen is kept."""
    best, fewest = layers, crossings(layers, segments)
    current = layers
    for _ in range(SWEEPS):
        for downward in (True, False):
            current = _sweep(current, segments, downward)
            found = crossings(current, segments)
            if found < fewest:
                best, fewest = current, found
    return _transpose(best, segments)


def lay_out(nodes: Sequence[str], edges: Sequence[Edge], width: int = 5) -> Layered:
    """The whole layered layout of nodes (given in their order of importance) and edges."""
    backs = reversed_edges(nodes, edges)
    down = [(b, a) if (a, b) in backs else (a, b) for a, b in edges if a != b]
    layer = assign_layers(nodes, down, width)
    rows: list[list[str]] = [[] for _ in range(max(layer.values(), default=-1) + 1)]
    for node in nodes:
        rows[layer[node]].append(node)
    routes: list[tuple[Edge, list[str], bool]] = []
    for (a, b), (top, bottom) in zip([e for e in edges if e[0] != e[1]], down, strict=True):
        dummies = [f"~{a}>{b}#{row}" for row in range(layer[top] + 1, layer[bottom])]
        for row, dummy in zip(range(layer[top] + 1, layer[bottom]), dummies, strict=True):
            rows[row].append(dummy)
        routes.append(((a, b), [top, *dummies, bottom], (a, b) in backs))
    segments = [(p, q) for _, points, _ in routes for p, q in pairwise(points)]
    ordered = minimise_crossings(rows, segments)
    return Layered(
        layers=tuple(tuple(row) for row in ordered),
        routes=tuple(Route(edge, tuple(points), back) for edge, points, back in routes),
        crossings=crossings(ordered, segments),
    )
