"""Merge vibration-sensor channels that carry the same signal into averaged groups."""
import numpy as np
from sklearn.cluster import FeatureAgglomeration


class ChannelReducer:
    def __init__(self, n_groups):
        self.n_groups = n_groups
        self._agglo = FeatureAgglomeration(
            n_clusters=n_groups, affinity="cosine", linkage="average", pooling_func=np.mean
        )
        self.channel_names = []

    def fit(self, readings, channel_names):
        readings = np.asarray(readings, dtype=float)
        if readings.shape[1] != len(channel_names):
            raise ValueError("one name per channel is required")
        self._agglo.fit(readings)
        self.channel_names = list(channel_names)
        return self

    def groups(self):
        """Channel names of each group, in the column order of transform()."""
        labels = self._agglo.labels_
        return [
            [name for name, lab in zip(self.channel_names, labels) if lab == g]
            for g in range(self.n_groups)
        ]

    def transform(self, readings):
        return self._agglo.transform(np.asarray(readings, dtype=float))
