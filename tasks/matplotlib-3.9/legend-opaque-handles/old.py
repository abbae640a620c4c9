"""Dense GPS fix scatter: faint points on the map, but a fully opaque legend."""
import numpy as np
import matplotlib.pyplot as plt


def fixes_plot(fixes_by_device, alpha=0.15):
    """``fixes_by_device`` maps device id -> array of (lon, lat) rows."""
    fig, ax = plt.subplots(figsize=(6, 6))
    for device, fixes in sorted(fixes_by_device.items()):
        points = np.asarray(fixes, dtype=float)
        ax.scatter(points[:, 0], points[:, 1], s=8, alpha=alpha, label=f"device {device}")
    legend = ax.legend(markerscale=3, frameon=True)
    for handle in legend.legendHandles:
        handle.set_alpha(1.0)
    ax.set_aspect("equal")
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    return fig, ax
