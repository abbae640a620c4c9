import json

import networkx as nx

from solution import JsonGraphStore


def _deps():
    graph = nx.DiGraph(kind="deps")
    graph.add_edge("a", "b", w=1.5)
    graph.add_node("c")
    return graph


def test_document_uses_edges_key():
    path = JsonGraphStore("store1").save("deps", _deps())
    with open(path) as handle:
        document = json.load(handle)
    assert document == {
        "directed": True,
        "multigraph": False,
        "graph": {"kind": "deps"},
        "nodes": [{"id": "a"}, {"id": "b"}, {"id": "c"}],
        "edges": [{"source": "a", "target": "b", "w": 1.5}],
    }


def test_roundtrip():
    store = JsonGraphStore("store2")
    store.save("deps", _deps())
    back = store.load("deps")
    assert isinstance(back, nx.DiGraph)
    assert sorted(back.nodes()) == ["a", "b", "c"]
    assert list(back.edges(data=True)) == [("a", "b", {"w": 1.5})]
    assert back.graph == {"kind": "deps"}
    store.save("multi", nx.MultiGraph([(1, 2), (1, 2)]))
    multi = store.load("multi")
    assert isinstance(multi, nx.MultiGraph)
    assert multi.number_of_edges(1, 2) == 2


def test_reads_documents_written_by_other_tools():
    store = JsonGraphStore("store3")
    document = {
        "directed": False,
        "multigraph": False,
        "graph": {},
        "nodes": [{"id": 1}, {"id": 2}],
        "edges": [{"source": 1, "target": 2}],
    }
    with open("store3/ext.json", "w") as handle:
        json.dump(document, handle)
    assert list(store.load("ext").edges()) == [(1, 2)]
