"""Assign GPS observations to the zones (triangles) of a habitat survey mesh."""
from collections import Counter

import numpy as np
from matplotlib.tri.triangulation import Triangulation
from matplotlib.tri.trifinder import TrapezoidMapTriFinder


class ZoneLocator:
    def __init__(self, node_x, node_y, triangles):
        self.mesh = Triangulation(np.asarray(node_x, float), np.asarray(node_y, float),
                                  triangles=np.asarray(triangles))
        self._finder = TrapezoidMapTriFinder(self.mesh)

    def zones(self, xs, ys):
        """Triangle index for every point; -1 for points outside the mesh."""
        found = self._finder(np.asarray(xs, float), np.asarray(ys, float))
        return [int(i) for i in found]

    def counts(self, xs, ys):
        """Number of observations per zone, ignoring points outside the mesh."""
        tally = Counter(z for z in self.zones(xs, ys) if z >= 0)
        return dict(sorted(tally.items()))
