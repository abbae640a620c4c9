"""PageRank of a small link graph, solved as a sparse linear system with GMRES."""
import numpy as np
import scipy.sparse as sp
import scipy.sparse.linalg as spla


def pagerank(links, damping=0.85, tol=1e-12):
    """links: dict page -> list of pages it links to. Returns {page: score}, scores sum to 1."""
    pages = sorted(set(links) | {p for targets in links.values() for p in targets})
    index = {p: i for i, p in enumerate(pages)}
    n = len(pages)
    rows, cols, vals = [], [], []
    for src, targets in links.items():
        for dst in targets:
            rows.append(index[dst])
            cols.append(index[src])
            vals.append(1.0 / len(targets))
    transition = sp.csr_matrix((vals, (rows, cols)), shape=(n, n))
    dangling = np.array([0.0 if links.get(p) else 1.0 for p in pages])
    # dangling pages spread their rank uniformly over all pages
    system = sp.identity(n, format="csr") - damping * (transition + np.outer(np.ones(n), dangling) / n)
    rhs = np.full(n, (1.0 - damping) / n)
    scores, info = spla.gmres(sp.csr_matrix(system), rhs, tol=tol, restart=n)
    if info != 0:
        raise RuntimeError("GMRES failed to converge")
    scores = scores / scores.sum()
    return {p: round(float(s), 6) for p, s in zip(pages, scores)}
