"""Four seasonal precipitation maps sharing one colour scale."""
import numpy as np
import matplotlib.pyplot as plt
from matplotlib.cm import ScalarMappable
from matplotlib.colors import Normalize

SEASONS = ["DJF", "MAM", "JJA", "SON"]


def seasonal_panels(fields, vmax=None, cmap="YlGnBu"):
    """``fields`` maps season -> 2-D array (mm). All panels use the same colour scale."""
    vmax = vmax if vmax is not None else max(float(np.nanmax(f)) for f in fields.values())
    norm = Normalize(vmin=0.0, vmax=vmax)
    fig, axes = plt.subplots(2, 2, figsize=(7, 6))
    for ax, season in zip(axes.flat, SEASONS):
        ax.imshow(fields[season], norm=norm, cmap=cmap)
        ax.set_title(season)
        ax.set_xticks([])
        ax.set_yticks([])
    shared = ScalarMappable(norm=norm, cmap=cmap)
    colorbar = fig.colorbar(shared, ax=axes.ravel().tolist(), label="precipitation [mm]")
    return fig, axes, colorbar
