"""Cycling route map: track segments coloured by speed, with a speed scale."""
import numpy as np
import matplotlib.pyplot as plt
from matplotlib.collections import LineCollection
from matplotlib.colors import BoundaryNorm


class RouteMap:
    SPEED_BINS = [0, 10, 20, 30, 45]  # km/h

    def __init__(self, cmap="viridis"):
        self.cmap = plt.get_cmap(cmap, len(self.SPEED_BINS) - 1)
        self.norm = BoundaryNorm(self.SPEED_BINS, self.cmap.N)

    def draw(self, lon, lat, speed_kmh):
        points = np.column_stack([lon, lat]).reshape(-1, 1, 2)
        segments = np.concatenate([points[:-1], points[1:]], axis=1)
        segment_speed = (np.asarray(speed_kmh[:-1], float) + np.asarray(speed_kmh[1:], float)) / 2
        fig, ax = plt.subplots(figsize=(5, 5))
        track = LineCollection(segments, colors=self.cmap(self.norm(segment_speed)), linewidths=3)
        ax.add_collection(track)
        ax.autoscale()
        scale = plt.cm.ScalarMappable(norm=self.norm, cmap=self.cmap)
        colorbar = fig.colorbar(scale, shrink=0.8, label="speed [km/h]")
        return fig, ax, colorbar
