"""Spectral health indicators for a power-grid model (lines weighted by capacity)."""
import networkx as nx
import numpy as np


def laplacian_summary(grid, weight="capacity"):
    """Return algebraic connectivity, Laplacian energy and per-bus strength."""
    if grid.number_of_nodes() < 2:
        raise ValueError("need at least two buses")
    buses = list(grid)
    capacity = nx.to_numpy_matrix(grid, nodelist=buses, weight=weight)
    strength = capacity.sum(axis=1).A1
    laplacian = np.diag(strength) - capacity
    eigenvalues = np.linalg.eigvalsh(laplacian)
    energy = np.abs(eigenvalues - strength.mean()).sum()
    return {
        "algebraic_connectivity": round(float(eigenvalues[1]), 6),
        "energy": round(float(energy), 6),
        "strength": {bus: float(s) for bus, s in zip(buses, strength)},
    }
