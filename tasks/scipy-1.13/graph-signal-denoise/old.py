"""Denoise readings of a sensor network by Tikhonov smoothing on the sensor graph."""
import numpy as np
from scipy.sparse import coo_matrix, identity
from scipy.sparse.csgraph import laplacian
from scipy.sparse.linalg import cgs


def denoise_on_graph(readings, edges, smoothness=1.0):
    """Minimise |x - y|^2 + smoothness * x' L x, i.e. solve (I + smoothness * L) x = y."""
    y = np.asarray(readings, dtype=float)
    n = y.size
    src, dst = zip(*edges)
    W = coo_matrix((np.ones(len(edges)), (src, dst)), shape=(n, n))
    L = laplacian((W + W.T).tocsr())
    x, info = cgs(identity(n) + smoothness * L, y, tol=1e-12)
    if info != 0:
        raise RuntimeError("CGS did not converge")
    return np.round(x, 6)
