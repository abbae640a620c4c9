import json

import networkx as nx

from solution import widget_payload


def _team():
    graph = nx.Graph(title="team")
    graph.add_edge("zoe", "amy", weight=2)
    graph.add_edge("amy", "bea")
    graph.add_node("cal", role="lead")
    return graph


def test_payload_layout():
    payload = widget_payload(_team(), highlight=["amy"])
    assert payload == {
        "directed": False,
        "multigraph": False,
        "graph": {"title": "team"},
        "nodes": [
            {"id": "zoe", "hot": False},
            {"id": "amy", "hot": True},
            {"id": "bea", "hot": False},
            {"id": "cal", "role": "lead", "hot": False},
        ],
        "connections": [
            {"source": "amy", "target": "bea"},
            {"source": "zoe", "target": "amy", "weight": 2},
        ],
    }
    assert "links" not in payload and "edges" not in payload
    json.dumps(payload)


def test_input_graph_untouched():
    team = _team()
    widget_payload(team, highlight=["bea", "cal"])
    assert "hot" not in team.nodes["amy"]
    assert widget_payload(nx.Graph())["connections"] == []
