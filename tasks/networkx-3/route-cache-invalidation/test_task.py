import networkx as nx

from solution import RouteCache


def _roads():
    graph = nx.Graph()
    graph.add_edge("a", "b", minutes=5)
    graph.add_edge("b", "c", minutes=7)
    graph.add_edge("a", "c", minutes=15)
    return graph


def test_cached_until_change():
    cache = RouteCache()
    roads = _roads()
    assert cache.distances(roads)["a"] == {"a": 0, "b": 5, "c": 12}
    cache.distances(roads)
    cache.distances(nx.Graph(roads))
    assert cache.rebuilds == 1
    roads.edges["b", "c"]["minutes"] = 20
    assert cache.distances(roads)["a"]["c"] == 15
    assert cache.rebuilds == 2


def test_new_road_triggers_rebuild():
    cache = RouteCache()
    roads = _roads()
    cache.distances(roads)
    roads.add_edge("c", "d", minutes=1)
    assert cache.distances(roads)["a"]["d"] == 13
    assert cache.rebuilds == 2
    same_roads_other_order = nx.Graph()
    same_roads_other_order.add_edge("d", "c", minutes=1)
    same_roads_other_order.add_edge("c", "a", minutes=15)
    same_roads_other_order.add_edge("c", "b", minutes=7)
    same_roads_other_order.add_edge("b", "a", minutes=5)
    cache.distances(same_roads_other_order)
    assert cache.rebuilds == 2
