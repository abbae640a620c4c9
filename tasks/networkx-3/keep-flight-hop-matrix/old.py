"""Reachability of airports within a given number of flights, via dense matrix powers."""
import networkx as nx
import numpy as np


def reachable_within(routes, max_flights):
    """{airport: sorted airports reachable with 1..max_flights flights}."""
    graph = nx.DiGraph(routes)
    airports = sorted(graph)
    step = nx.to_numpy_array(graph, nodelist=airports, weight=None, dtype=int)
    power = np.eye(len(airports), dtype=int)
    reach = np.zeros_like(step)
    for _ in range(max_flights):
        power = power @ step
        reach = reach + power
    return {
        airport: [airports[j] for j in range(len(airports)) if reach[i, j] > 0 and j != i]
        for i, airport in enumerate(airports)
    }
