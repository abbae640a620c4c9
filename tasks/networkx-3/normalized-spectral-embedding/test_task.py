import networkx as nx
import pytest

from solution import SpectralEmbedding


def test_two_triangles_chain():
    graph = nx.Graph([(0, 1), (1, 2), (0, 2), (2, 3), (3, 4), (4, 5), (3, 5), (5, 6)])
    coords = SpectralEmbedding(graph).coordinates()
    expected = {
        0: (0.4524, 0.1694),
        1: (0.4524, 0.1694),
        2: (0.366, -0.1126),
        3: (-0.1965, -0.4923),
        4: (-0.3228, -0.402),
        5: (-0.46, 0.2671),
        6: (-0.3199, 0.6743),
    }
    assert set(coords) == set(expected)
    for node, (x, y) in expected.items():
        assert coords[node] == (pytest.approx(x, abs=2e-4), pytest.approx(y, abs=2e-4))


def test_weighted_graph():
    graph = nx.Graph()
    for a, b, w in [("a", "b", 3), ("b", "c", 1), ("c", "d", 2), ("a", "c", 1), ("b", "e", 2), ("d", "e", 1)]:
        graph.add_edge(a, b, weight=w)
    coords = SpectralEmbedding(graph).coordinates()
    expected = {
        "a": (0.4352, 0.4355),
        "b": (0.4551, -0.1079),
        "c": (-0.4352, 0.4355),
        "d": (-0.6436, -0.0763),
        "e": (0.0, -0.7767),
    }
    for node, (x, y) in expected.items():
        assert coords[node] == (pytest.approx(x, abs=2e-4), pytest.approx(y, abs=2e-4))


def test_isolated_node_rejected():
    graph = nx.Graph([(1, 2)])
    graph.add_node(3)
    with pytest.raises(ValueError):
        SpectralEmbedding(graph)
