"""Detours around closed roads, computed on a live view of the road network."""
import networkx as nx


class RoadNetwork:
    def __init__(self, roads):
        """``roads``: (a, b, minutes) tuples."""
        self.graph = nx.Graph()
        self.graph.add_weighted_edges_from(roads, weight="minutes")
        self.closed = set()
        self.open_roads = nx.subgraph_view(self.graph, filter_edge=self._is_open)

    def _is_open(self, a, b):
        return frozenset((a, b)) not in self.closed

    def close(self, a, b):
        if not self.graph.has_edge(a, b):
            raise KeyError((a, b))
        self.closed.add(frozenset((a, b)))

    def reopen(self, a, b):
        self.closed.discard(frozenset((a, b)))

    def travel_time(self, origin, destination):
        """Minutes on the fastest open route, or None when cut off."""
        try:
            return nx.dijkstra_path_length(self.open_roads, origin, destination, weight="minutes")
        except nx.NetworkXNoPath:
            return None
