"""Backbone of a transmission grid: substations in a region joined by high-voltage lines."""
import networkx as nx


def backbone(grid, region, min_kv=220):
    """View of ``grid`` restricted to ``region``'s substations and lines of at least ``min_kv``."""
    substations = [s for s, r in grid.nodes(data="region") if r == region]

    def strong_line(a, b):
        return grid.edges[a, b]["kv"] >= min_kv

    return nx.subgraph_view(grid, nx.filters.show_nodes(substations), strong_line)


def backbone_summary(grid, region, min_kv=220):
    view = backbone(grid, region, min_kv)
    islands = [sorted(c) for c in nx.connected_components(view)]
    return {
        "substations": sorted(view),
        "lines": sorted(tuple(sorted(e)) for e in view.edges()),
        "islands": sorted(islands),
    }
