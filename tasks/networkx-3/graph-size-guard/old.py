"""Guards used by an ETL job to stop when a rebuilt graph looks wrong."""
import networkx as nx


class GraphSizeError(ValueError):
    pass


def check_size(graph, min_nodes=1, max_edges=None):
    """Raise GraphSizeError (with a graph summary in the message) when limits are broken."""
    if graph.number_of_nodes() < min_nodes:
        raise GraphSizeError(f"too few nodes ({min_nodes} required): {nx.info(graph)}")
    if max_edges is not None and graph.number_of_edges() > max_edges:
        raise GraphSizeError(f"too many edges (max {max_edges}): {nx.info(graph)}")
    return graph


def rebuild(edges, **limits):
    graph = nx.MultiGraph(name="rebuild")
    graph.add_edges_from(edges)
    return check_size(graph, **limits)
