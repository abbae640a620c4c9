"""Pressure chart: labelled isobars every 4 hPa and the number of line pieces per isobar."""
import numpy as np
import matplotlib.pyplot as plt


def isobar_chart(x, y, pressure_hpa, spacing=4):
    low = spacing * np.ceil(np.min(pressure_hpa) / spacing)
    high = spacing * np.floor(np.max(pressure_hpa) / spacing)
    levels = np.arange(low, high + spacing, spacing)
    fig, ax = plt.subplots(figsize=(5, 4))
    isobars = ax.contour(x, y, pressure_hpa, levels=levels, colors="k", linewidths=0.8)
    labels = ax.clabel(isobars, fmt="%d", fontsize=7)
    pieces = {int(level): len(segments) for level, segments in zip(isobars.levels, isobars.allsegs)}
    return fig, [t.get_text() for t in labels], pieces
