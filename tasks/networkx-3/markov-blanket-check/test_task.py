import networkx as nx

from solution import markov_blanket, unshielded_nodes


def _net():
    return nx.DiGraph([("a", "c"), ("b", "c"), ("c", "e"), ("d", "e"), ("e", "f"), ("g", "a")])


def test_blanket_contents():
    assert sorted(markov_blanket(_net(), "c")) == ["a", "b", "d", "e"]
    assert sorted(markov_blanket(_net(), "g")) == ["a"]


def test_markov_blanket_shields_node():
    assert unshielded_nodes(_net(), "c") == []
    assert unshielded_nodes(_net(), "e") == []


def test_incomplete_blankets_leak():
    assert unshielded_nodes(_net(), "c", blanket={"a", "b", "e"}) == ["d"]
    assert unshielded_nodes(_net(), "e", blanket=["c"]) == ["d", "f"]
