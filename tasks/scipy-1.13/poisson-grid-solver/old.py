"""Solve the 2-D Poisson equation -lap(u) = f on the unit square with zero boundary values."""
import numpy as np
from scipy import sparse
from scipy.sparse.linalg import cg


def laplacian_2d(n):
    """Five-point Laplacian (positive definite sign) on an n x n interior grid, spacing 1/(n+1)."""
    h = 1.0 / (n + 1)
    one_d = sparse.diags([-1.0, 2.0, -1.0], [-1, 0, 1], shape=(n, n))
    eye = sparse.identity(n)
    return ((sparse.kron(eye, one_d) + sparse.kron(one_d, eye)) / h**2).tocsr()


def solve_poisson(source, n=15, tol=1e-10):
    """source: callable f(x, y). Returns the n x n grid of u values (row = y, column = x)."""
    h = 1.0 / (n + 1)
    xs = np.arange(1, n + 1) * h
    X, Y = np.meshgrid(xs, xs)
    rhs = source(X, Y).ravel()
    u, info = cg(laplacian_2d(n), rhs, tol=tol, maxiter=10 * n * n)
    if info != 0:
        raise RuntimeError(f"conjugate gradient did not converge (info={info})")
    return u.reshape(n, n)
