import pickle

import networkx as nx
import pytest

from solution import build_order, from_bytes, to_bytes


def _deps():
    graph = nx.DiGraph(project="shop")
    graph.add_edge("libc", "openssl", pinned=True)
    graph.add_edge("openssl", "curl")
    graph.add_edge("libc", "zlib")
    graph.add_edge("zlib", "curl")
    graph.add_edge("curl", "app")
    return graph


def test_bytes_roundtrip_keeps_attributes():
    payload = to_bytes(_deps())
    assert isinstance(payload, bytes)
    assert pickle.loads(payload).graph == {"project": "shop"}
    copy = from_bytes(payload)
    assert isinstance(copy, nx.DiGraph)
    assert copy["libc"]["openssl"] == {"pinned": True}
    assert sorted(copy.edges()) == sorted(_deps().edges())


def test_from_bytes_accepts_plain_pickles():
    assert sorted(from_bytes(pickle.dumps(nx.path_graph(3))).edges()) == [(0, 1), (1, 2)]


def test_build_order_and_cycle():
    assert build_order(to_bytes(_deps())) == ["libc", "openssl", "zlib", "curl", "app"]
    with pytest.raises(ValueError):
        build_order(to_bytes(nx.DiGraph([("a", "b"), ("b", "a")])))
