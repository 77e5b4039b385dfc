"""Positions along a row: as near the wanted ones as the order and the gaps allow."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interview.report.layer_positions import pack, positions


def test_nodes_that_fit_sit_exactly_where_wanted() -> None:
    assert pack([0.0, 100.0, 300.0], [20.0, 20.0, 20.0], gap=10.0) == [0.0, 100.0, 300.0]


def test_two_nodes_wanting_the_same_place_share_it_evenly() -> None:
    assert pack([50.0, 50.0], [20.0, 20.0], gap=10.0) == [35.0, 65.0]


def test_a_long_arrow_runs_straight_down_its_bends() -> None:
    # a -> b -> c -> d, and a -> d past b and c through two bends: the bends line up vertically
    layers = [["a"], ["b", "~1"], ["c", "~2"], ["d"]]
    segments = [("a", "b"), ("b", "c"), ("c", "d"), ("a", "~1"), ("~1", "~2"), ("~2", "d")]
    x = positions(
        layers, lambda n: 10.0 if n[0] == "~" else 100.0, segments, 20.0, bend=lambda n: n[0] == "~"
    )
    assert abs(x["~1"] - x["~2"]) < 2.0, "straight to the eye: the boxes made room"
    assert x["~1"] - 5.0 >= x["b"] + 50.0 + 20.0, "beside the box, the gap kept"
    assert min(x[n] - (5.0 if n[0] == "~" else 50.0) for n in x) == pytest.approx(0.0), "starts at 0"


@given(
    st.lists(st.tuples(st.floats(-500, 500), st.floats(1, 200)), min_size=1, max_size=8),
    st.floats(0, 50),
)
def test_the_order_and_the_gaps_are_always_kept(nodes: list[tuple[float, float]], gap: float) -> None:
    wanted, widths = [w for w, _ in nodes], [w for _, w in nodes]
    got = pack(wanted, widths, gap)
    for i in range(len(got) - 1):
        assert got[i + 1] - got[i] >= (widths[i] + widths[i + 1]) / 2 + gap - 1e-6
