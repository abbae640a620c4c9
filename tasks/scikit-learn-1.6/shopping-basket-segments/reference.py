"""Segment shoppers by what their typical basket contains."""
import numpy as np
from sklearn.cluster import AgglomerativeClustering

PRODUCTS = ["bread", "milk", "beer", "chips", "diapers"]


class BasketSegmenter:
    def __init__(self, n_segments=2):
        self.n_segments = n_segments
        self.labels_ = None

    def _matrix(self, baskets):
        return np.array([[b.get(p, 0) for p in PRODUCTS] for b in baskets], dtype=float)

    def fit(self, baskets):
        X = self._matrix(baskets)
        model = AgglomerativeClustering(
            n_clusters=self.n_segments, metric="l1", linkage="complete"
        )
        raw = model.fit_predict(X)
        # relabel so that segment 0 is the one of the first shopper, 1 the next new one, ...
        mapping = {}
        for lab in raw:
            mapping.setdefault(lab, len(mapping))
        self.labels_ = [mapping[lab] for lab in raw]
        self._X = X
        return self

    def profiles(self):
        """Average basket of each segment, as {product: mean quantity}."""
        labels = np.array(self.labels_)
        return [
            dict(zip(PRODUCTS, self._X[labels == s].mean(axis=0).round(2).tolist()))
            for s in range(self.n_segments)
        ]
