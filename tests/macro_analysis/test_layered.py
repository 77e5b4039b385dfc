"""The layered layout: minimum cycle breaking, longest-path layers, crossings minimised, deterministic."""

from __future__ import annotations

import os
import subprocess
import sys
from itertools import permutations
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview.macro_analysis.layered import (
    MAX_NODES,
    Layered,
    assign_layers,
    crossings,
    is_dummy,
    lay_out,
    reversed_edges,
)

Edges = list[tuple[str, str]]


def layer_of(result: Layered) -> dict[str, int]:
    return {node: row for row, layer in enumerate(result.layers) for node in layer}


def real(result: Layered) -> list[list[str]]:
    return [[node for node in layer if not is_dummy(node)] for layer in result.layers]


def test_a_graph_whose_given_order_crosses_is_laid_out_without_crossings() -> None:
    # given order: a b on top, c d below; a -> d and b -> c cross, as do b -> e and ... once swapped
    nodes = ["a", "b", "c", "d"]
    edges = [("a", "d"), ("b", "c")]
    assert crossings([["a", "b"], ["c", "d"]], edges) == 1
    result = lay_out(nodes, edges)
    assert real(result) == [["a", "b"], ["d", "c"]]
    assert result.crossings == 0


def test_three_layers_with_a_crossing_in_each_gap_untangle() -> None:
    nodes = ["a", "b", "c", "d", "e", "f"]
    edges = [("a", "d"), ("b", "c"), ("c", "f"), ("d", "e")]
    naive = [["a", "b"], ["c", "d"], ["e", "f"]]
    assert crossings(naive, edges) == 2
    result = lay_out(nodes, edges)
    assert real(result)[0] == ["a", "b"] and result.crossings == 0


def test_a_cycle_is_broken_by_reversing_one_link_drawn_as_a_back_arrow() -> None:
    edges = [("a", "b"), ("b", "c"), ("c", "a")]
    assert reversed_edges(["a", "b", "c"], edges) == {("c", "a")}
    result = lay_out(["a", "b", "c"], edges)
    assert real(result) == [["a"], ["b"], ["c"]]
    [back] = [route for route in result.routes if route.back]
    assert back.edge == ("c", "a") and back.points[0] == "a" and back.points[-1] == "c"
    layer = layer_of(result)
    for route in result.routes:  # every route runs down one layer at a time
        rows = [layer[p] for p in route.points]
        assert rows == list(range(rows[0], rows[0] + len(rows)))


def test_two_circles_of_two_need_two_reversals_and_keep_the_first_given_node_on_top() -> None:
    edges = [("a", "b"), ("b", "a"), ("b", "c"), ("c", "b")]
    assert reversed_edges(["a", "b", "c"], edges) == {("b", "a"), ("c", "b")}
    assert reversed_edges(["c", "b", "a"], edges) == {("a", "b"), ("b", "c")}


def test_a_single_node_is_one_layer_with_nothing_to_route() -> None:
    result = lay_out(["only"], [])
    assert result == Layered(layers=(("only",),), routes=(), crossings=0)


def test_an_empty_graph_has_no_layers() -> None:
    assert lay_out([], []) == Layered(layers=(), routes=(), crossings=0)


def test_a_link_spanning_layers_gets_a_dummy_in_each_layer_between() -> None:
    result = lay_out(["a", "b", "c"], [("a", "b"), ("b", "c"), ("a", "c")])
    [long] = [route for route in result.routes if route.edge == ("a", "c")]
    assert len(long.points) == 3 and is_dummy(long.points[1])
    assert layer_of(result)[long.points[1]] == 1


def test_a_wide_layer_passes_its_last_nodes_down_and_edges_still_point_down() -> None:
    sources = [f"s{i}" for i in range(7)]
    edges = [(s, "sink") for s in sources]
    layer = assign_layers([*sources, "sink"], edges, width=5)
    assert max(list(layer.values()).count(row) for row in set(layer.values())) <= 5
    assert all(layer[a] < layer[b] for a, b in edges)
    assert [layer[s] for s in sources[:5]] == [0] * 5, "the first given nodes stay on top"


def test_a_source_sinks_to_just_above_its_nearest_successor() -> None:
    # x leads only to the bottom of a chain: it sits beside the chain's last step, not on top
    layer = assign_layers(["a", "b", "c", "x"], [("a", "b"), ("b", "c"), ("x", "c")], width=5)
    assert layer == {"a": 0, "b": 1, "c": 2, "x": 1}


def test_isolated_nodes_fill_the_first_layer_with_room() -> None:
    layer = assign_layers(["a", "b", "lone"], [("a", "b")], width=1)
    assert layer == {"a": 0, "b": 1, "lone": 2}


def test_more_nodes_than_the_exact_method_allows_is_an_error() -> None:
    with pytest.raises(ValueError, match="at most"):
        reversed_edges([str(i) for i in range(MAX_NODES + 1)], [])


def _brute_force_minimum(nodes: list[str], edges: Edges) -> int:
    best = len(edges)
    for order in permutations(nodes):
        rank = {node: i for i, node in enumerate(order)}
        best = min(best, sum(rank[b] < rank[a] for a, b in edges))
    return best


def _acyclic(nodes: list[str], edges: Edges) -> bool:
    remaining, left = set(nodes), list(edges)
    while remaining:
        sources = [n for n in remaining if not any(b == n and a in remaining for a, b in left)]
        if not sources:
            return False
        remaining -= set(sources)
    return True


graphs = st.integers(1, 6).flatmap(
    lambda n: st.tuples(
        st.just([f"n{i}" for i in range(n)]),
        st.lists(
            st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda e: e[0] != e[1]),
            unique=True,
            max_size=12,
        ),
    )
)


@settings(max_examples=120, deadline=None)
@given(graphs)
def test_the_reversed_set_is_minimum_and_leaves_no_cycle(
    graph: tuple[list[str], list[tuple[int, int]]],
) -> None:
    nodes, pairs = graph
    edges = [(nodes[a], nodes[b]) for a, b in pairs]
    backs = reversed_edges(nodes, edges)
    assert len(backs) == _brute_force_minimum(nodes, edges)
    down = [(b, a) if (a, b) in backs else (a, b) for a, b in edges]
    assert _acyclic(nodes, down)
    result = lay_out(nodes, edges, width=3)
    layer = layer_of(result)
    assert all(sum(not is_dummy(n) for n in row) <= 3 for row in result.layers)
    for route in result.routes:
        assert [layer[p] for p in route.points] == list(
            range(layer[route.points[0]], layer[route.points[-1]] + 1)
        )
        assert (route.points[0], route.points[-1]) == (route.edge[::-1] if route.back else route.edge)
    assert result.crossings == crossings(result.layers, result.segments)


_PROGRAM = """
from interview.macro_analysis.layered import lay_out
nodes = ["depression", "insomnia", "role_dispute", "stress", "alcohol", "anxiety"]
edges = [("role_dispute", "insomnia"), ("insomnia", "depression"), ("stress", "depression"),
         ("depression", "stress"), ("alcohol", "role_dispute"), ("role_dispute", "alcohol"),
         ("anxiety", "depression"), ("anxiety", "insomnia"), ("stress", "role_dispute")]
print(repr(lay_out(nodes, edges)))
"""


def test_the_layout_is_the_same_whatever_the_hash_seed() -> None:
    root = str(Path(__file__).resolve().parents[2])
    outputs = {
        subprocess.run(
            [sys.executable, "-c", _PROGRAM],
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": root},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1
