"""Gauss-Seidel iteration for diagonally dominant systems (heat-network teaching demo)."""
import numpy as np
import scipy.linalg as sla


def gauss_seidel(a, b, tol=1e-10, max_iter=500):
    """Solve a @ x = b; returns (x, iterations). Raises if it does not converge."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    lower = np.tril(a)
    strict_upper = np.triu(a, k=1)
    x = np.zeros_like(b)
    for iteration in range(1, max_iter + 1):
        x_new = sla.solve_triangular(lower, b - strict_upper @ x, lower=True)
        if np.linalg.norm(x_new - x, ord=np.inf) < tol:
            return x_new, iteration
        x = x_new
    raise RuntimeError(f"no convergence after {max_iter} iterations")
