"""Dashboard gauge on a half-polar axes: a needle pointing at the current reading."""
import numpy as np
import matplotlib.pyplot as plt


class Gauge:
    def __init__(self, minimum=0.0, maximum=100.0, title="load"):
        self.minimum, self.maximum = minimum, maximum
        self.fig = plt.figure(figsize=(4, 2.5))
        self.ax = self.fig.add_subplot(projection="polar")
        self.ax.set_thetamin(0)
        self.ax.set_thetamax(180)
        self.ax.set_yticks([])
        self.ax.set_title(title)
        (self.needle,) = self.ax.plot([np.pi, np.pi], [0.0, 0.9], color="crimson", linewidth=2.5)

    def angle_for(self, value):
        share = (min(max(value, self.minimum), self.maximum) - self.minimum) / (self.maximum - self.minimum)
        return float(np.pi * (1.0 - share))

    def show_value(self, value):
        """Point the needle at ``value`` (clipped to the scale); return the needle angle."""
        angle = self.angle_for(value)
        self.needle.set_xdata([angle, angle])
        self.ax.set_xlabel(f"{value:g}")
        return angle
