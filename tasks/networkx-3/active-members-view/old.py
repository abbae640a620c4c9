"""Community analytics that ignore banned members without copying the graph."""
import networkx as nx


def active_view(community):
    """Read-only view of ``community`` without members flagged ``banned=True``."""
    return nx.subgraph_view(community, lambda member: not community.nodes[member].get("banned", False))


def community_report(community):
    view = active_view(community)
    groups = sorted((sorted(c) for c in nx.connected_components(view)), key=lambda g: (-len(g), g))
    return {
        "active": view.number_of_nodes(),
        "links": view.number_of_edges(),
        "groups": groups,
        "most_connected": max(sorted(view), key=view.degree) if len(view) else None,
    }
