"""Nodal analysis of a resistor network driven by current sources; node 0 is ground."""
import numpy as np
from scipy.sparse import lil_matrix
from scipy.sparse import linalg as sla


class ResistorNetwork:
    def __init__(self, n_nodes):
        self.n = n_nodes
        self.resistors = []
        self.injections = np.zeros(n_nodes)

    def add_resistor(self, a, b, ohms):
        if ohms <= 0:
            raise ValueError("resistance must be positive")
        self.resistors.append((a, b, float(ohms)))

    def inject(self, node, amps):
        self.injections[node] += amps

    def voltages(self):
        """Node voltages in volts, ground (node 0) included as 0.0."""
        G = lil_matrix((self.n, self.n))
        for a, b, r in self.resistors:
            g = 1.0 / r
            G[a, a] += g
            G[b, b] += g
            G[a, b] -= g
            G[b, a] -= g
        reduced = G.tocsr()[1:, 1:]
        v, info = sla.cg(reduced, self.injections[1:], tol=1e-12, maxiter=1000)
        if info != 0:
            raise RuntimeError("network is floating or solver diverged")
        return np.concatenate([[0.0], v])
