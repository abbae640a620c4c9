import networkx as nx
import pytest

from solution import RoadTable

CITIES = ["Ayr", "Bute", "Crail", "Dunoon"]
DISTANCES = [
    [0, 5, 0, 20],
    [0, 0, 4, 0],
    [0, 0, 0, 3],
    [1, 0, 0, 0],
]


def test_graph_is_directed_and_labelled():
    table = RoadTable(CITIES, DISTANCES)
    assert isinstance(table.graph, nx.DiGraph)
    assert table.graph.number_of_edges() == 5
    assert table.graph["Ayr"]["Dunoon"]["weight"] == 20.0
    assert not table.graph.has_edge("Dunoon", "Crail")


def test_shortest_routes():
    table = RoadTable(CITIES, DISTANCES)
    assert table.route("Ayr", "Dunoon") == (12.0, ["Ayr", "Bute", "Crail", "Dunoon"])
    assert table.route("Dunoon", "Crail") == (10.0, ["Dunoon", "Ayr", "Bute", "Crail"])
    assert table.unreachable_from("Ayr") == []


def test_one_way_roads_and_dead_ends():
    table = RoadTable(["x", "y", "z"], [[0, 2, 0], [0, 0, 0], [0, 7, 0]])
    assert table.unreachable_from("y") == ["x", "z"]
    assert table.unreachable_from("x") == ["z"]
    with pytest.raises(nx.NetworkXNoPath):
        table.route("y", "x")
