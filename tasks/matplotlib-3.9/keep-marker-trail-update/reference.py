"""Drone telemetry replay: the current position marker and the trail flown so far."""
import matplotlib.pyplot as plt


class TrailReplay:
    def __init__(self, track, trail_length=5):
        self.track = [(float(x), float(y)) for x, y in track]
        self.trail_length = trail_length
        self.fig, self.ax = plt.subplots(figsize=(4, 4))
        (self.trail,) = self.ax.plot([], [], color="0.6", linewidth=1)
        (self.head,) = self.ax.plot([], [], marker="^", color="tab:green", linestyle="none")
        xs, ys = zip(*self.track)
        self.ax.set_xlim(min(xs) - 1, max(xs) + 1)
        self.ax.set_ylim(min(ys) - 1, max(ys) + 1)

    def show_step(self, step):
        recent = self.track[max(0, step - self.trail_length + 1): step + 1]
        self.trail.set_data([p[0] for p in recent], [p[1] for p in recent])
        x, y = self.track[step]
        self.head.set_data([x], [y])
        return len(recent)
