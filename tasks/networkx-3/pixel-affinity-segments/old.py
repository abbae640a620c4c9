"""Segment a tiny grey-level image by linking similar neighbouring pixels."""
import networkx as nx
import numpy as np


class AffinitySegmenter:
    def __init__(self, tolerance=10):
        self.tolerance = tolerance

    def affinity(self, image):
        """Pixel x pixel matrix: 1 where 4-neighbours differ by at most ``tolerance``."""
        pixels = np.asarray(image, dtype=int)
        rows, cols = pixels.shape
        size = rows * cols
        matrix = np.zeros((size, size), dtype=int)
        for r in range(rows):
            for c in range(cols):
                for dr, dc in ((0, 1), (1, 0)):
                    rr, cc = r + dr, c + dc
                    if rr < rows and cc < cols and abs(pixels[r, c] - pixels[rr, cc]) <= self.tolerance:
                        matrix[r * cols + c, rr * cols + cc] = matrix[rr * cols + cc, r * cols + c] = 1
        return matrix

    def segments(self, image):
        """Label image: same integer for pixels of the same segment, numbered in scan order."""
        pixels = np.asarray(image)
        graph = nx.from_numpy_matrix(self.affinity(image))
        labels = np.zeros(pixels.size, dtype=int)
        components = sorted((min(c), c) for c in nx.connected_components(graph))
        for label, (_, members) in enumerate(components):
            labels[list(members)] = label
        return labels.reshape(pixels.shape).tolist()
