"""Summary printed by the `netstat` command-line tool for an edge-list file."""
import networkx as nx


def summarize(path, directed=False):
    """Return the report text for the whitespace-separated edge list at ``path``."""
    graph = nx.read_edgelist(path, create_using=nx.DiGraph if directed else nx.Graph, nodetype=str)
    graph.name = path
    if directed:
        parts = nx.number_weakly_connected_components(graph)
    else:
        parts = nx.number_connected_components(graph)
    lines = [
        str(graph),
        f"density: {nx.density(graph):.3f}",
        f"components: {parts}",
    ]
    return "\n".join(lines)
