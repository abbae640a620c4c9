"""Network paths that avoid routers and links under maintenance."""
import networkx as nx


def path_during_maintenance(links, source, target, down_routers=(), down_links=()):
    """Fewest-hop path avoiding the given routers/links, or None when there is none."""
    network = nx.Graph(links)
    available = nx.restricted_view(network, list(down_routers), list(down_links))
    if source not in available or target not in available:
        return None
    try:
        return nx.shortest_path(available, source, target)
    except nx.NetworkXNoPath:
        return None
