"""Detect operating regimes of a pump from (pressure, flow) readings."""
import numpy as np
from sklearn.cluster import KMeans


class RegimeDetector:
    """Regimes are numbered by increasing mean pressure."""

    def __init__(self, n_regimes=3):
        self.model = KMeans(n_clusters=n_regimes, n_init=10, random_state=0)
        self._rank = None

    def fit(self, readings):
        self.model.fit(np.asarray(readings, dtype=float))
        order = np.argsort(self.model.cluster_centers_[:, 0])
        self._rank = np.empty_like(order)
        self._rank[order] = np.arange(len(order))
        return self

    def regime_of(self, readings):
        labels = self.model.predict(np.asarray(readings, dtype=float))
        return self._rank[labels].tolist()

    def occupancy(self, readings):
        """Number of readings in each regime, regime 0 first."""
        counts = np.bincount(self.regime_of(readings), minlength=len(self._rank))
        return counts.tolist()
