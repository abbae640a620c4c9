"""Live view of a simulated concentration field: the filled contours are redrawn every step."""
import matplotlib.pyplot as plt


class LiveContourView:
    def __init__(self, x, y, levels, cmap="magma_r"):
        self.x, self.y = x, y
        self.levels = levels
        self.cmap = cmap
        self.fig, self.ax = plt.subplots(figsize=(4, 4))
        self.ax.set_xlim(x.min(), x.max())
        self.ax.set_ylim(y.min(), y.max())
        self._filled = None
        self.frames = 0

    def update(self, field):
        """Replace the previous frame's contours with contours of ``field``."""
        if self._filled is not None:
            for collection in self._filled.collections:
                collection.remove()
        self._filled = self.ax.contourf(self.x, self.y, field, levels=self.levels, cmap=self.cmap)
        self.frames += 1
        self.ax.set_title(f"step {self.frames}")
        return self._filled
