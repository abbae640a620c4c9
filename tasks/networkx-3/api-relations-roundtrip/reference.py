"""Exchange knowledge graphs with the partner API, which names the edge list "relations"."""
import json

import networkx as nx


def to_api(graph):
    """Serialize a DiGraph to the partner's JSON text."""
    return json.dumps(nx.node_link_data(graph, edges="relations"), sort_keys=True)


def from_api(text):
    """Parse the partner's JSON text back into a DiGraph."""
    data = json.loads(text)
    if "relations" not in data:
        raise ValueError("payload has no relations")
    return nx.node_link_graph(data, directed=True, multigraph=False, edges="relations")
