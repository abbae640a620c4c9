"""Where does a visitor end up after clicking through a site a few times?"""
import networkx as nx
import numpy as np


class RandomSurfer:
    """Markov model of page-to-page navigation built from click counts."""

    def __init__(self, clicks):
        """``clicks``: iterable of (from_page, to_page, count)."""
        self.graph = nx.DiGraph()
        self.graph.add_weighted_edges_from(clicks, weight="clicks")
        self.pages = sorted(self.graph)
        counts = nx.to_numpy_matrix(self.graph, nodelist=self.pages, weight="clicks")
        outgoing = counts.sum(axis=1)
        if (outgoing == 0).any():
            dead_ends = [p for p, n in zip(self.pages, outgoing.tolist()) if n[0] == 0]
            raise ValueError(f"pages without outgoing clicks: {dead_ends}")
        self.transition = counts / outgoing

    def distribution(self, start, steps):
        """Probability of being on each page after ``steps`` clicks from ``start``."""
        if start not in self.graph:
            raise KeyError(start)
        state = np.zeros((1, len(self.pages)))
        state[0, self.pages.index(start)] = 1.0
        for _ in range(steps):
            state = state * self.transition
        return {page: round(float(state[0, k]), 6) for k, page in enumerate(self.pages)}
