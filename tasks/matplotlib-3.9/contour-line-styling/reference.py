"""Topographic sheet: elevation isolines drawn in one consistent line style."""
import matplotlib.pyplot as plt


class TopoSheet:
    def __init__(self, interval_m=100, linewidth=0.6, linestyle="solid", color="saddlebrown"):
        self.interval_m = interval_m
        self.linewidth = linewidth
        self.linestyle = linestyle
        self.color = color

    def levels(self, elevation):
        low = (elevation.min() // self.interval_m) * self.interval_m
        high = elevation.max()
        return [low + i * self.interval_m for i in range(int((high - low) // self.interval_m) + 1)]

    def draw(self, x, y, elevation):
        fig, ax = plt.subplots(figsize=(5, 5))
        contours = ax.contour(x, y, elevation, levels=self.levels(elevation), colors=self.color)
        contours.set_linewidth(self.linewidth)
        contours.set_linestyle(self.linestyle)
        ax.set_aspect("equal")
        return fig, ax, contours
