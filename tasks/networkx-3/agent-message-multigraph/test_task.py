import networkx as nx
import pytest

from solution import busiest_channel, message_multigraph

AGENTS = ["ann", "bob", "cy"]
COUNTS = [[0, 3, 1], [2, 0, 0], [0, 4, 1]]


def test_one_edge_per_message():
    graph = message_multigraph(AGENTS, COUNTS)
    assert isinstance(graph, nx.MultiDiGraph)
    assert graph.number_of_edges() == 11
    assert graph.number_of_edges("ann", "bob") == 3
    assert graph.number_of_edges("bob", "ann") == 2
    assert graph.number_of_edges("cy", "cy") == 1
    assert graph.number_of_edges("bob", "cy") == 0
    assert all(d == {"weight": 1} for _, _, d in graph.edges(data=True))


def test_busiest_channel():
    assert busiest_channel(AGENTS, COUNTS) == ("cy", "bob", 4)
    assert busiest_channel(AGENTS, [[0, 2, 0], [2, 0, 0], [0, 0, 0]]) == ("bob", "ann", 2)


def test_negative_counts_rejected():
    with pytest.raises(ValueError):
        message_multigraph(AGENTS, [[0, -1, 0], [0, 0, 0], [0, 0, 0]])
