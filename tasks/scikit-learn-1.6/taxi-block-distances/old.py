"""Plan taxi pickups on a street grid, where cars can only drive along the blocks."""
import numpy as np
from sklearn.neighbors import DistanceMetric


class TripPlanner:
    def __init__(self, block_length_m=100.0):
        self.block_length_m = block_length_m
        self.metric = DistanceMetric.get_metric("manhattan")

    def distance_matrix(self, corners):
        """Driving distance in metres between every pair of (street, avenue) corners."""
        grid = np.asarray(corners, dtype=float)
        return self.metric.pairwise(grid) * self.block_length_m

    def route_length(self, corners):
        """Length in metres of visiting the corners in the given order."""
        dists = self.distance_matrix(corners)
        return float(sum(dists[i, i + 1] for i in range(len(corners) - 1)))

    def farthest_pair(self, corners):
        dists = self.distance_matrix(corners)
        i, j = np.unravel_index(np.argmax(dists), dists.shape)
        return (int(min(i, j)), int(max(i, j))), float(dists[i, j])
