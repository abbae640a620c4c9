"""Two-dimensional spectral embedding of a graph for plotting clusters."""
import networkx as nx
import numpy as np
import scipy.sparse


class SpectralEmbedding:
    def __init__(self, graph, weight="weight"):
        self.nodes = list(graph)
        adjacency = nx.to_scipy_sparse_array(graph, nodelist=self.nodes, weight=weight, dtype=float)
        degree = adjacency.sum(axis=1)
        if (degree == 0).any():
            raise ValueError("isolated nodes cannot be embedded")
        inv_sqrt = scipy.sparse.diags(1.0 / np.sqrt(degree))
        self.normalized = inv_sqrt @ adjacency @ inv_sqrt

    def coordinates(self):
        """{node: (x, y)} from the 2nd and 3rd leading eigenvectors (sign fixed: first entry >= 0)."""
        values, vectors = np.linalg.eigh(self.normalized.toarray())
        order = np.argsort(values)[::-1]
        picked = vectors[:, order[1:3]]
        picked = picked * np.where(picked[0] < 0, -1.0, 1.0)
        return {n: (round(float(x), 4), round(float(y), 4)) for n, (x, y) in zip(self.nodes, picked)}
