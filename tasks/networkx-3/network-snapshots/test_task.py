import pickle

import networkx as nx
import pytest

from solution import growth, load_latest, save_snapshot


def _v1():
    graph = nx.Graph(team="lab")
    graph.add_edge("kim", "lee", papers=2)
    return graph


def test_save_and_load_latest():
    version, empty = load_latest("snaps_empty")
    assert version == 0
    assert isinstance(empty, nx.Graph) and empty.number_of_nodes() == 0
    first = save_snapshot(_v1(), "snaps", 1)
    assert first.endswith("collab_v1.gpickle")
    v2 = _v1()
    v2.add_edge("lee", "max", papers=1)
    v2.add_edge("kim", "max", papers=3)
    save_snapshot(v2, "snaps", 2)
    version, latest = load_latest("snaps")
    assert version == 2
    assert latest.graph == {"team": "lab"}
    assert latest["kim"]["max"] == {"papers": 3}


def test_snapshot_is_protocol_4_pickle_and_growth():
    v10 = nx.complete_graph(4)
    save_snapshot(_v1(), "snaps2", 9)
    path = save_snapshot(v10, "snaps2", 10)
    with open(path, "rb") as handle:
        raw = handle.read()
    assert raw[:2] == b"\x80\x04"
    assert sorted(pickle.loads(raw).edges()) == sorted(v10.edges())
    assert load_latest("snaps2")[0] == 10
    assert growth("snaps2", 9, 10) == (2, 5)
    with pytest.raises(ValueError):
        save_snapshot(v10, "snaps2", 0)
