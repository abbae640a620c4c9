"""Time-series viewer with a vertical cursor that follows the mouse and reports the value."""
import numpy as np
import matplotlib.pyplot as plt


class CursorTracker:
    def __init__(self, t, values, label="signal"):
        self.t = np.asarray(t, dtype=float)
        self.values = np.asarray(values, dtype=float)
        self.fig, self.ax = plt.subplots(figsize=(7, 3))
        self.ax.plot(self.t, self.values, label=label)
        self.cursor = self.ax.axvline(self.t[0], color="k", linewidth=0.8, linestyle=":")
        self.readout = self.ax.text(0.01, 0.95, "", transform=self.ax.transAxes, va="top")
        self.fig.canvas.mpl_connect("motion_notify_event", self.on_move)

    def move_to(self, x):
        """Snap the cursor to the sample nearest to ``x``; return (time, value) there."""
        i = int(np.argmin(np.abs(self.t - x)))
        self.cursor.set_xdata([self.t[i], self.t[i]])
        self.readout.set_text(f"t={self.t[i]:g}  value={self.values[i]:.2f}")
        return float(self.t[i]), float(self.values[i])

    def on_move(self, event):
        if event.inaxes is self.ax and event.xdata is not None:
            self.move_to(event.xdata)
            self.fig.canvas.draw_idle()
