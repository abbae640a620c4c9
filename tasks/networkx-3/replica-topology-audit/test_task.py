import networkx as nx

from solution import audit, audit_summary


def _topology():
    graph = nx.Graph(site="dc1")
    graph.add_edge("spine1", "leaf1", gbps=100)
    graph.add_edge("spine1", "leaf2", gbps=100)
    graph.add_edge("spine2", "leaf1", gbps=40)
    return graph


def test_all_replicas_in_sync():
    replicas = {"r1": _topology(), "r2": nx.Graph(_topology())}
    assert audit(_topology(), replicas) == []
    assert audit_summary(_topology(), replicas) == "2/2 replicas in sync"


def test_drifted_replicas():
    link_speed = _topology()
    link_speed.edges["spine2", "leaf1"]["gbps"] = 100
    renamed = _topology()
    renamed.graph["site"] = "dc2"
    missing = _topology()
    missing.remove_edge("spine1", "leaf2")
    replicas = {"zeta": link_speed, "alpha": renamed, "ok": _topology(), "mid": missing}
    assert audit(_topology(), replicas) == ["alpha", "mid", "zeta"]
    assert audit_summary(_topology(), replicas) == "1/4 replicas in sync; drifted: alpha, mid, zeta"
