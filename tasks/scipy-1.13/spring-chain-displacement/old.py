"""Static displacement of a chain of springs fixed to a wall at the left end."""
import numpy as np
from scipy.linalg import solve


def stiffness_matrix(stiffnesses):
    """Assemble K for nodes 1..n; spring i connects node i-1 to node i (node 0 is the wall)."""
    k = np.asarray(stiffnesses, dtype=float)
    if np.any(k <= 0):
        raise ValueError("spring constants must be positive")
    n = k.size
    K = np.zeros((n, n))
    for i in range(n):
        K[i, i] += k[i]
        if i + 1 < n:
            K[i, i] += k[i + 1]
            K[i, i + 1] = K[i + 1, i] = -k[i + 1]
    return K


def chain_displacements(stiffnesses, loads):
    """Node displacements (m) and spring elongations for nodal loads (N)."""
    K = stiffness_matrix(stiffnesses)
    u = solve(K, np.asarray(loads, dtype=float), sym_pos=True, lower=True)
    elongation = np.diff(np.concatenate([[0.0], u]))
    return {"displacement": u, "elongation": elongation}
