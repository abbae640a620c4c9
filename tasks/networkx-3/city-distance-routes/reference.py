"""Route planning over a one-way road distance table."""
import networkx as nx
import numpy as np


class RoadTable:
    """``distances[i][j]`` is the length of the one-way road from city i to city j (0: none)."""

    def __init__(self, cities, distances):
        self.cities = list(cities)
        table = np.array(distances, dtype=float)
        graph = nx.from_numpy_array(table, create_using=nx.DiGraph)
        self.graph = nx.relabel_nodes(graph, dict(enumerate(self.cities)))

    def route(self, origin, destination):
        """(total distance, list of cities) of the shortest route."""
        length, path = nx.single_source_dijkstra(self.graph, origin, destination, weight="weight")
        return length, path

    def unreachable_from(self, origin):
        reachable = nx.descendants(self.graph, origin) | {origin}
        return sorted(set(self.cities) - reachable)
