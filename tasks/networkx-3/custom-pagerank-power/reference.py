"""A hand-rolled PageRank with a per-page teleport preference."""
import networkx as nx
import numpy as np


def personalized_rank(links, preference=None, damping=0.85, iterations=100):
    """``links``: (from_page, to_page) pairs. Pages without out-links spread evenly."""
    graph = nx.DiGraph(links)
    pages = sorted(graph)
    n = len(pages)
    adjacency = nx.to_scipy_sparse_array(graph, nodelist=pages, weight=None, dtype=float)
    out_degree = np.asarray(adjacency.sum(axis=1)).ravel()
    dangling = out_degree == 0
    scale = np.divide(1.0, out_degree, out=np.zeros(n), where=~dangling)
    teleport = np.full(n, 1.0 / n)
    if preference:
        teleport = np.array([float(preference.get(p, 0.0)) for p in pages])
        teleport /= teleport.sum()
    rank = np.full(n, 1.0 / n)
    for _ in range(iterations):
        spread = adjacency.T @ (rank * scale)
        rank = damping * (spread + rank[dangling].sum() / n) + (1 - damping) * teleport
    return {page: round(float(r), 4) for page, r in zip(pages, rank)}
