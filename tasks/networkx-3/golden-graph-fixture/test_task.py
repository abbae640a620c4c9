import networkx as nx
import pytest

from solution import GoldenMismatch, GoldenStore


def _deps():
    graph = nx.DiGraph()
    graph.add_edge("core", "api", pinned=True)
    graph.add_edge("core", "cli")
    graph.add_edge("api", "web")
    return graph


def test_matching_graph_passes():
    store = GoldenStore()
    store.approve("deps", _deps())
    rebuilt = nx.DiGraph()
    rebuilt.add_edge("api", "web")
    rebuilt.add_edge("core", "cli")
    rebuilt.add_edge("core", "api", pinned=True)
    assert store.check("deps", rebuilt) is True


def test_mismatches_raise():
    store = GoldenStore()
    store.approve("deps", _deps())
    changed_attr = _deps()
    changed_attr.edges["core", "api"]["pinned"] = False
    with pytest.raises(GoldenMismatch, match="deps: graph differs"):
        store.check("deps", changed_attr)
    extra_node = _deps()
    extra_node.add_node("docs")
    with pytest.raises(GoldenMismatch):
        store.check("deps", extra_node)
    reversed_edge = _deps()
    reversed_edge.remove_edge("api", "web")
    reversed_edge.add_edge("web", "api")
    with pytest.raises(GoldenMismatch):
        store.check("deps", reversed_edge)


def test_unknown_golden():
    with pytest.raises(KeyError):
        GoldenStore().check("nope", _deps())
