"""Rain-rate map of one weather radar, clipped to the radar's circular coverage."""
import numpy as np
import matplotlib.pyplot as plt
from matplotlib.patches import Circle


def coverage_map(x_km, y_km, rain_mm_h, range_km=100.0, levels=(0.5, 2, 5, 10, 20)):
    """Filled contours of the rain rate; nothing is drawn outside ``range_km`` of the radar."""
    fig, ax = plt.subplots(figsize=(5, 5))
    filled = ax.contourf(x_km, y_km, rain_mm_h, levels=list(levels), cmap="Blues", extend="max")
    coverage = Circle((0.0, 0.0), range_km, transform=ax.transData, facecolor="none")
    filled.set_clip_path(coverage)
    ax.add_patch(Circle((0.0, 0.0), range_km, fill=False, edgecolor="k", linewidth=1))
    ax.set_aspect("equal")
    ax.set_xlim(-1.2 * range_km, 1.2 * range_km)
    ax.set_ylim(-1.2 * range_km, 1.2 * range_km)
    return fig, ax, filled
