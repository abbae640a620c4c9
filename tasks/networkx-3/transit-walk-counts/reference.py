"""Count the routes between stations of a small transit network."""
import networkx as nx
import numpy as np


def walk_counts(network, hops, stations=None):
    """Number of walks with exactly ``hops`` legs between every pair of stations.

    Returned as nested lists of ints, rows and columns in ``stations`` order
    (default: sorted station names).
    """
    stations = sorted(network) if stations is None else list(stations)
    legs = nx.to_numpy_array(network, nodelist=stations, weight=None, dtype=int)
    walks = np.linalg.matrix_power(legs, hops)
    return [[int(v) for v in row] for row in walks.tolist()]


def routes_between(network, origin, destination, max_hops):
    """{hops: number of walks from origin to destination} for 1..max_hops legs."""
    stations = sorted(network)
    if origin not in network or destination not in network:
        raise KeyError(f"unknown station: {origin!r} or {destination!r}")
    i, j = stations.index(origin), stations.index(destination)
    return {h: walk_counts(network, h, stations)[i][j] for h in range(1, max_hops + 1)}
