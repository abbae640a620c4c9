"""Steady-state temperature along a heated rod with fixed end temperatures (finite differences)."""
import numpy as np
from scipy import linalg


class RodModel:
    def __init__(self, length, conductivity, n_interior=9):
        self.length = float(length)
        self.k = float(conductivity)
        self.n = int(n_interior)
        self.dx = self.length / (self.n + 1)

    def _system(self):
        main = np.full(self.n, 2.0)
        off = np.full(self.n - 1, -1.0)
        return (np.diag(main) + np.diag(off, 1) + np.diag(off, -1)) * self.k / self.dx**2

    def solve(self, source, t_left, t_right):
        """Temperatures at all n+2 nodes for a uniform heat source (W/m^3)."""
        rhs = np.full(self.n, float(source))
        rhs[0] += self.k * t_left / self.dx**2
        rhs[-1] += self.k * t_right / self.dx**2
        interior = linalg.solve(self._system(), rhs, assume_a="pos")
        return np.concatenate([[t_left], interior, [t_right]])

    def hottest_point(self, source, t_left, t_right):
        temps = self.solve(source, t_left, t_right)
        i = int(np.argmax(temps))
        return round(i * self.dx, 6), round(float(temps[i]), 4)
