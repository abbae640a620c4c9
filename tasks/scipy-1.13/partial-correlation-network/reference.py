"""Partial-correlation network of gene-expression profiles (edges = direct associations)."""
import numpy as np
from scipy import linalg


def partial_correlations(expression, genes, min_abs=0.3, cutoff=1e-6):
    """expression: samples x genes. Returns edges (gene_a, gene_b, partial r) sorted by |r|."""
    X = np.asarray(expression, dtype=float)
    corr = np.corrcoef(X, rowvar=False)
    precision, rank = linalg.pinvh(corr, rtol=cutoff, return_rank=True)
    scale = np.sqrt(np.abs(np.diag(precision)))
    partial = -precision / np.outer(scale, scale)
    edges = []
    for i in range(len(genes)):
        for j in range(i + 1, len(genes)):
            r = float(partial[i, j])
            if abs(r) >= min_abs:
                edges.append((genes[i], genes[j], round(r, 3)))
    edges.sort(key=lambda e: -abs(e[2]))
    return edges, int(rank)
