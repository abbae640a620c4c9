"""Payload for the browser network widget, which expects nodes and "connections"."""
import networkx as nx


def widget_payload(graph, highlight=()):
    """JSON-ready dict; highlighted nodes get ``"hot": True``, others ``False``."""
    marked = graph.copy()
    for node in marked:
        marked.nodes[node]["hot"] = node in set(highlight)
    payload = nx.node_link_data(marked, edges="connections")
    payload["connections"].sort(key=lambda c: (str(c["source"]), str(c["target"])))
    return payload
