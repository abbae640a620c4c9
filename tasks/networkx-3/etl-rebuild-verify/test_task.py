import networkx as nx

from solution import verify_rebuild


def _previous():
    return nx.Graph([("acme", "bolt"), ("bolt", "cogs"), ("cogs", "dyna")])


def test_consistent_rebuilds():
    assert verify_rebuild(_previous(), nx.Graph([("dyna", "cogs"), ("cogs", "bolt"), ("bolt", "acme")])) == []
    rebuilt = nx.Graph([("acme", "bolt"), ("bolt", "cogs"), ("acme", "dyna")])
    assert verify_rebuild(_previous(), rebuilt, added=[("acme", "dyna")], removed=[("cogs", "dyna")]) == []


def test_inconsistent_rebuild_is_reported():
    rebuilt = nx.Graph([("acme", "bolt"), ("bolt", "cogs"), ("bolt", "dyna")])
    assert verify_rebuild(_previous(), rebuilt) == [
        "edges differ: missing [('cogs', 'dyna')], unexpected [('bolt', 'dyna')]"
    ]
    assert verify_rebuild(_previous(), _previous(), added=[("x", "y")]) == [
        "edges differ: missing [('x', 'y')], unexpected []"
    ]
