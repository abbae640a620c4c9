"""Incident timeline: one bar per incident, coloured by severity, with a horizontal scale."""
import matplotlib.pyplot as plt
from matplotlib import cm
from matplotlib.colors import Normalize


def incident_timeline(incidents, max_severity=5):
    """``incidents``: list of (name, start_hour, duration_hours, severity 1..max_severity)."""
    norm = Normalize(vmin=1, vmax=max_severity)
    cmap = plt.get_cmap("OrRd")
    fig = plt.figure(figsize=(7, 1 + 0.4 * len(incidents)))
    ax = fig.add_subplot()
    for row, (name, start, duration, severity) in enumerate(incidents):
        ax.broken_barh([(start, duration)], (row - 0.4, 0.8), facecolors=cmap(norm(severity)))
    ax.set_yticks(range(len(incidents)), labels=[item[0] for item in incidents])
    ax.set_xlabel("hour of day")
    ax.set_xlim(0, 24)
    fig.colorbar(cm.ScalarMappable(norm=norm, cmap=cmap), ax=ax, orientation="horizontal",
                 label="severity", ticks=range(1, max_severity + 1))
    return fig, ax
