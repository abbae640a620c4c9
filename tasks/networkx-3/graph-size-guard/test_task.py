import networkx as nx
import pytest

from solution import GraphSizeError, check_size, rebuild


def test_within_limits():
    graph = rebuild([(1, 2), (1, 2), (2, 3)], min_nodes=3, max_edges=3)
    assert isinstance(graph, nx.MultiGraph)
    assert graph.number_of_edges() == 3


def test_too_many_edges_message():
    with pytest.raises(GraphSizeError) as info:
        rebuild([(1, 2), (1, 2), (2, 3)], max_edges=2)
    assert str(info.value) == "too many edges (max 2): MultiGraph named 'rebuild' with 3 nodes and 3 edges"


def test_too_few_nodes_message():
    with pytest.raises(GraphSizeError) as info:
        check_size(nx.DiGraph([("a", "b")]), min_nodes=5)
    assert str(info.value) == "too few nodes (5 required): DiGraph with 2 nodes and 1 edges"
    assert issubclass(GraphSizeError, ValueError)
