import json

import networkx as nx
import pytest

from solution import from_api, to_api


def _knowledge():
    graph = nx.DiGraph(source="wiki")
    graph.add_edge("Paris", "France", rel="capital_of")
    graph.add_edge("France", "EU", rel="member_of")
    return graph


def test_serialized_layout():
    data = json.loads(to_api(_knowledge()))
    assert set(data) == {"directed", "graph", "multigraph", "nodes", "relations"}
    assert data["relations"] == [
        {"rel": "capital_of", "source": "Paris", "target": "France"},
        {"rel": "member_of", "source": "France", "target": "EU"},
    ]
    assert data["nodes"] == [{"id": "Paris"}, {"id": "France"}, {"id": "EU"}]


def test_roundtrip_and_partner_payload():
    graph = from_api(to_api(_knowledge()))
    assert isinstance(graph, nx.DiGraph)
    assert graph.graph == {"source": "wiki"}
    assert sorted(graph.edges(data="rel")) == [("France", "EU", "member_of"), ("Paris", "France", "capital_of")]
    partner = '{"nodes": [{"id": "x"}, {"id": "y"}], "relations": [{"source": "y", "target": "x"}], "graph": {}}'
    assert list(from_api(partner).edges()) == [("y", "x")]


def test_missing_relations():
    with pytest.raises(ValueError):
        from_api('{"nodes": []}')
