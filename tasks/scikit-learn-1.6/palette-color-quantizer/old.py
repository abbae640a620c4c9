"""Reduce an RGB image to a small palette of representative colours."""
import numpy as np
from sklearn.cluster import KMeans


class PaletteQuantizer:
    def __init__(self, n_colors=8):
        self.n_colors = n_colors
        self._km = KMeans(n_clusters=n_colors, random_state=0)
        self.palette_ = None

    def fit(self, image):
        pixels = np.asarray(image, dtype=float).reshape(-1, 3)
        self._km.fit(pixels)
        self.palette_ = np.clip(np.rint(self._km.cluster_centers_), 0, 255).astype(np.uint8)
        return self

    def quantize(self, image):
        image = np.asarray(image)
        labels = self._km.predict(image.reshape(-1, 3).astype(float))
        return self.palette_[labels].reshape(image.shape)

    def distortion(self, image):
        """Mean squared colour error introduced by quantizing the image."""
        original = np.asarray(image, dtype=float)
        return round(float(((original - self.quantize(image)) ** 2).mean()), 1)
