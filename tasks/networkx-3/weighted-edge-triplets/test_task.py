import networkx as nx
import pytest

from solution import edge_triplets


def _undirected():
    graph = nx.Graph()
    graph.add_edge("p", "q", weight=0.5)
    graph.add_edge("q", "r", weight=2)
    graph.add_edge("p", "s", weight=-1)
    return graph


def test_default_index():
    index, triplets = edge_triplets(_undirected())
    assert index == {"p": 0, "q": 1, "r": 2, "s": 3}
    assert triplets == [(0, 1, 0.5), (0, 3, -1.0), (1, 0, 0.5), (1, 2, 2.0), (2, 1, 2.0), (3, 0, -1.0)]
    assert all(type(i) is int and type(j) is int and type(w) is float for i, j, w in triplets)


def test_custom_index():
    _, triplets = edge_triplets(_undirected(), index={"s": 0, "r": 1, "q": 2, "p": 3})
    assert triplets == [(0, 3, -1.0), (1, 2, 2.0), (2, 1, 2.0), (2, 3, 0.5), (3, 0, -1.0), (3, 2, 0.5)]


def test_directed_with_self_loop_and_other_weight():
    graph = nx.DiGraph()
    graph.add_edge(1, 2, cap=3)
    graph.add_edge(2, 1, cap=4)
    graph.add_edge(2, 3, cap=1)
    graph.add_edge(3, 3, cap=2)
    assert edge_triplets(graph, weight="cap") == (
        {1: 0, 2: 1, 3: 2},
        [(0, 1, 3.0), (1, 0, 4.0), (1, 2, 1.0), (2, 2, 2.0)],
    )
    assert edge_triplets(graph, weight=None)[1] == [(0, 1, 1.0), (1, 0, 1.0), (1, 2, 1.0), (2, 2, 1.0)]
    with pytest.raises(ValueError):
        edge_triplets(graph, index={1: 0, 2: 1})
