"""Reconcile a warehouse scan against the product catalog."""
import numpy as np


def missing_from_catalog(scanned, catalog):
    """SKUs that were scanned but are not in the catalog, with how often each was scanned."""
    scanned = np.asarray(scanned, dtype=str)
    unknown = scanned[np.in1d(scanned, catalog, invert=True)]
    skus, counts = np.unique(unknown, return_counts=True)
    return dict(zip(skus.tolist(), counts.tolist()))


def catalog_hit_rate(scanned, catalog):
    scanned = np.asarray(scanned, dtype=str)
    if scanned.size == 0:
        return 1.0
    return float(np.in1d(scanned, catalog).mean())
