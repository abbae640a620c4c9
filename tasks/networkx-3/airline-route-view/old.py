"""Per-airline views of a multi-carrier flight network."""
import networkx as nx


def build_network(flights):
    """``flights``: (origin, destination, airline, minutes) tuples; one edge per flight."""
    network = nx.MultiDiGraph()
    for origin, destination, airline, minutes in flights:
        network.add_edge(origin, destination, airline=airline, minutes=minutes)
    return network


def airline_view(network, airlines):
    """View keeping only flights operated by one of ``airlines``."""
    allowed = set(airlines)
    return nx.subgraph_view(
        network, nx.filters.no_filter, lambda u, v, key: network[u][v][key]["airline"] in allowed
    )


def fastest_trip(network, origin, destination, airlines):
    """Minutes of the fastest itinerary using only ``airlines`` (None if impossible)."""
    view = airline_view(network, airlines)
    try:
        return nx.dijkstra_path_length(
            view, origin, destination, weight=lambda u, v, data: min(d["minutes"] for d in data.values())
        )
    except nx.NetworkXNoPath:
        return None
