"""Ship dependency graphs between worker processes as bytes."""
import io
import pickle

import networkx as nx


def to_bytes(graph):
    """Serialize a graph (with all its attributes) to bytes."""
    buffer = io.BytesIO()
    pickle.dump(graph, buffer, pickle.HIGHEST_PROTOCOL)
    return buffer.getvalue()


def from_bytes(payload):
    return pickle.load(io.BytesIO(payload))


def build_order(payload):
    """Receive a serialized dependency DiGraph (edge: dependency -> package) and
    return a deterministic build order."""
    graph = from_bytes(payload)
    if not nx.is_directed_acyclic_graph(graph):
        raise ValueError("dependency cycle")
    return list(nx.lexicographical_topological_sort(graph))
