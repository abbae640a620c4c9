"""Shewhart control chart for a production line; limits are recomputed as batches arrive."""
import numpy as np
import matplotlib.pyplot as plt


class ControlChart:
    def __init__(self, sigma_factor=3.0):
        self.sigma_factor = sigma_factor
        self.samples = []
        self.fig, self.ax = plt.subplots(figsize=(8, 3))
        (self.series,) = self.ax.plot([], [], marker="o", linewidth=1)
        self.center = self.ax.axhline(0.0, color="green")
        self.upper = self.ax.axhline(0.0, color="red", linestyle="--")
        self.lower = self.ax.axhline(0.0, color="red", linestyle="--")

    def add_batch(self, measurements):
        """Append measurements, update the limits and return the indices out of control."""
        self.samples.extend(float(m) for m in measurements)
        data = np.asarray(self.samples)
        mean, std = data.mean(), data.std(ddof=1) if data.size > 1 else 0.0
        self.series.set_data(np.arange(data.size), data)
        self.center.set_ydata([mean, mean])
        self.upper.set_ydata([mean + self.sigma_factor * std] * 2)
        self.lower.set_ydata([mean - self.sigma_factor * std] * 2)
        self.ax.relim()
        self.ax.autoscale_view()
        limit = self.sigma_factor * std
        return [int(i) for i in np.flatnonzero(np.abs(data - mean) > limit)] if std else []
