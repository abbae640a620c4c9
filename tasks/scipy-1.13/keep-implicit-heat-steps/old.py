"""Backward-Euler time stepping of 1-D heat conduction, factorising the matrix only once."""
import numpy as np
from scipy.linalg import lu_factor, lu_solve


def implicit_heat(initial, alpha, dx, dt, steps, record_every=1):
    """Insulated ends (zero flux). Returns the recorded temperature snapshots as a 2-D array."""
    u = np.asarray(initial, dtype=float).copy()
    n = u.size
    r = alpha * dt / dx**2
    A = np.eye(n) * (1 + 2 * r) - r * (np.eye(n, k=1) + np.eye(n, k=-1))
    A[0, 1] = A[-1, -2] = -2 * r  # mirror nodes for the zero-flux boundary
    lu, piv = lu_factor(A)
    snapshots = [u.copy()]
    for step in range(1, steps + 1):
        u = lu_solve((lu, piv), u)
        if step % record_every == 0:
            snapshots.append(u.copy())
    return np.array(snapshots)
