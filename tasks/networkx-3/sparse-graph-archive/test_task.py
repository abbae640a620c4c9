import json

import networkx as nx
import scipy.sparse

from solution import archive, restore


def _graph():
    graph = nx.Graph()
    graph.add_edge("a", "b", weight=2.5)
    graph.add_edge("b", 3, weight=1)
    graph.add_node("z")
    return graph


def test_archive_files():
    assert archive(_graph(), "g1") == 4
    stored = scipy.sparse.load_npz("g1.npz")
    assert stored.shape == (4, 4)
    assert stored.toarray().tolist() == [
        [0.0, 0.0, 1.0, 0.0],
        [0.0, 0.0, 2.5, 0.0],
        [1.0, 2.5, 0.0, 0.0],
        [0.0, 0.0, 0.0, 0.0],
    ]
    with open("g1.nodes.json") as handle:
        assert json.load(handle) == {"nodes": ["3", "a", "b", "z"], "directed": False}


def test_roundtrip_undirected():
    archive(_graph(), "g2")
    back = restore("g2")
    assert sorted(back.nodes()) == ["3", "a", "b", "z"]
    assert sorted((u, v, d["weight"]) for u, v, d in back.edges(data=True)) in (
        [("3", "b", 1.0), ("a", "b", 2.5)],
        [("b", "3", 1.0), ("a", "b", 2.5)],
    )
    assert back["a"]["b"]["weight"] == 2.5


def test_roundtrip_directed_unweighted():
    cycle = nx.DiGraph([("x", "y"), ("y", "z"), ("z", "x")])
    assert archive(cycle, "d1", weight=None) == 3
    back = restore("d1")
    assert isinstance(back, nx.DiGraph)
    assert sorted(back.edges(data="weight")) == [("x", "y", 1.0), ("y", "z", 1.0), ("z", "x", 1.0)]
