"""Build a market network from a return-correlation matrix."""
import networkx as nx
import numpy as np


def correlation_network(tickers, correlations, threshold=0.5):
    """Graph of tickers joined when |correlation| >= threshold (weight = correlation)."""
    corr = np.asarray(correlations, dtype=float)
    if corr.shape != (len(tickers), len(tickers)):
        raise ValueError("correlation matrix does not match tickers")
    kept = np.where(np.abs(corr) >= threshold, corr, 0.0)
    np.fill_diagonal(kept, 0.0)
    graph = nx.from_numpy_array(kept)
    return nx.relabel_nodes(graph, dict(enumerate(tickers)))


def clusters(network):
    """Groups of tickers that move together, largest first, each sorted."""
    groups = [sorted(c) for c in nx.connected_components(network)]
    return sorted(groups, key=lambda g: (-len(g), g))
