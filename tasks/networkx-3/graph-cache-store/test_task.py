import pickle

import networkx as nx

from solution import GraphCache


def test_builds_once_then_reads_from_disk():
    calls = []

    def builder():
        calls.append(1)
        graph = nx.DiGraph(kind="org-chart")
        graph.add_edge("ceo", "cto", since=2019)
        graph.add_edge("cto", "dev", since=2021)
        return graph

    cache = GraphCache("cache_dir")
    first = cache.get_or_build("org", builder)
    second = GraphCache("cache_dir").get_or_build("org", builder)
    assert len(calls) == 1
    assert second is not first
    assert isinstance(second, nx.DiGraph)
    assert second.graph == {"kind": "org-chart"}
    assert list(second.edges(data="since")) == [("ceo", "cto", 2019), ("cto", "dev", 2021)]


def test_file_is_a_plain_pickle_and_keys_are_listed():
    cache = GraphCache("cache_dir2")
    cache.get_or_build("ring", lambda: nx.cycle_graph(5))
    cache.get_or_build("grid", lambda: nx.grid_2d_graph(2, 3))
    assert cache.keys() == ["grid", "ring"]
    with open("cache_dir2/ring.gpickle", "rb") as handle:
        ring = pickle.load(handle)
    assert sorted(ring.edges()) == [(0, 1), (0, 4), (1, 2), (2, 3), (3, 4)]
    grid = cache.get_or_build("grid", lambda: nx.Graph())
    assert grid.number_of_nodes() == 6
    assert grid.has_edge((0, 0), (1, 0))
