"""Clickable legend: picking a legend entry hides or shows the matching line."""
import matplotlib.pyplot as plt


class ToggleableLegend:
    def __init__(self, ax, pick_radius=5):
        self.ax = ax
        self.legend = ax.legend(loc="upper left")
        self._targets = {}
        for legend_line, line in zip(self.legend.legend_handles, ax.get_lines()):
            legend_line.set_picker(pick_radius)
            self._targets[legend_line] = line
        ax.figure.canvas.mpl_connect("pick_event", self.on_pick)

    def toggle(self, legend_line):
        line = self._targets[legend_line]
        line.set_visible(not line.get_visible())
        legend_line.set_alpha(1.0 if line.get_visible() else 0.2)
        return line.get_visible()

    def on_pick(self, event):
        if event.artist in self._targets:
            self.toggle(event.artist)
            self.ax.figure.canvas.draw_idle()

    def visible_labels(self):
        return [line.get_label() for line in self._targets.values() if line.get_visible()]
