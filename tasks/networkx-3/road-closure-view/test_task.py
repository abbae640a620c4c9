import pytest

from solution import RoadNetwork

ROADS = [("A", "B", 10), ("B", "C", 5), ("A", "C", 30), ("C", "D", 7), ("B", "D", 20)]


def test_closures_change_travel_time():
    roads = RoadNetwork(ROADS)
    assert roads.travel_time("A", "D") == 22
    roads.close("B", "C")
    assert roads.travel_time("A", "D") == 30
    roads.close("D", "B")
    assert roads.travel_time("A", "D") == 37
    roads.close("A", "C")
    assert roads.travel_time("A", "D") is None


def test_reopen_and_graph_untouched():
    roads = RoadNetwork(ROADS)
    roads.close("C", "B")
    roads.reopen("B", "C")
    assert roads.travel_time("A", "D") == 22
    roads.close("A", "B")
    assert roads.graph.number_of_edges() == 5
    assert roads.open_roads.number_of_edges() == 4
    assert roads.travel_time("B", "A") == 35


def test_unknown_road():
    with pytest.raises(KeyError):
        RoadNetwork(ROADS).close("A", "D")
