"""Cache shortest-path tables and rebuild them only when the weighted road graph changed."""
import networkx as nx
from networkx.utils import edges_equal


class RouteCache:
    def __init__(self):
        self._edges = None
        self._table = None
        self.rebuilds = 0

    def _unchanged(self, graph):
        if self._edges is None:
            return False
        return edges_equal(self._edges, list(graph.edges(data=True)))

    def distances(self, graph):
        """All-pairs travel times (weight ``minutes``), recomputed only after a change."""
        if not self._unchanged(graph):
            self._table = {s: dict(d) for s, d in nx.all_pairs_dijkstra_path_length(graph, weight="minutes")}
            self._edges = [(u, v, dict(d)) for u, v, d in graph.edges(data=True)]
            self.rebuilds += 1
        return self._table
