"""Warming stripes: one coloured bar per year of temperature anomaly, no axes."""
import numpy as np
import matplotlib.pyplot as plt
from matplotlib.cm import register_cmap
from matplotlib.colors import ListedColormap

STRIPE_COLOURS = ["#08306b", "#2171b5", "#6baed6", "#fee0d2", "#fb6a4a", "#cb181d", "#67000d"]

if "stripes" not in plt.colormaps():
    register_cmap(cmap=ListedColormap(STRIPE_COLOURS, name="stripes"))


def warming_stripes(years, anomalies, limit=1.0):
    """Figure with one stripe per year; anomalies beyond +-limit get the extreme colours."""
    if len(years) != len(anomalies) or not years:
        raise ValueError("need one anomaly per year")
    fig = plt.figure(figsize=(8, 2))
    ax = fig.add_axes([0, 0, 1, 1])
    ax.set_axis_off()
    data = np.asarray(anomalies, dtype=float)[np.newaxis, :]
    extent = (years[0] - 0.5, years[-1] + 0.5, 0, 1)
    image = ax.imshow(data, cmap="stripes", vmin=-limit, vmax=limit, aspect="auto", extent=extent)
    return fig, image
