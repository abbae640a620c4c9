import networkx as nx
import pytest

from solution import laplacian_summary


def _ring_grid():
    grid = nx.Graph()
    grid.add_edge("north", "east", capacity=2.0)
    grid.add_edge("east", "south", capacity=1.0)
    grid.add_edge("south", "west", capacity=3.0)
    grid.add_edge("west", "north", capacity=1.0)
    grid.add_edge("north", "south", capacity=0.5)
    return grid


def test_weighted_grid():
    summary = laplacian_summary(_ring_grid())
    assert summary["algebraic_connectivity"] == pytest.approx(2.412866, abs=1e-6)
    assert summary["energy"] == pytest.approx(10.174269, abs=1e-6)
    assert summary["strength"] == {"north": 3.5, "east": 3.0, "south": 4.5, "west": 4.0}
    assert all(type(v) is float for v in summary["strength"].values())


def test_unweighted_line_and_split_grid():
    line = laplacian_summary(nx.path_graph(4), weight=None)
    assert line["algebraic_connectivity"] == pytest.approx(0.585786, abs=1e-6)
    assert line["energy"] == pytest.approx(4.828427, abs=1e-6)
    assert line["strength"] == {0: 1.0, 1: 2.0, 2: 2.0, 3: 1.0}
    split = laplacian_summary(nx.Graph([(1, 2), (3, 4)]))
    assert split["algebraic_connectivity"] == pytest.approx(0.0, abs=1e-9)
    assert split["energy"] == pytest.approx(4.0)


def test_too_small():
    grid = nx.Graph()
    grid.add_node("solo")
    with pytest.raises(ValueError):
        laplacian_summary(grid)
