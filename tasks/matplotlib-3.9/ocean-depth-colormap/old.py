"""Bathymetry chart: a stepped blue colormap registered for the survey plots."""
import numpy as np
import matplotlib.pyplot as plt
from matplotlib.colors import ListedColormap

DEPTH_COLOURS = ["#c6dbef", "#6baed6", "#2171b5", "#08306b"]


def install_depth_colormap(name="ocean_depth"):
    cmap = ListedColormap(DEPTH_COLOURS, name=name)
    cmap.set_under("#f7fbff")
    cmap.set_over("#000000")
    plt.register_cmap(cmap=cmap)
    return name


def depth_chart(depths, vmax=4000.0, name="ocean_depth"):
    """Filled depth map (metres, positive down); returns the figure and the image."""
    fig, ax = plt.subplots(figsize=(5, 3))
    image = ax.imshow(np.asarray(depths, dtype=float), cmap=name, vmin=0.0, vmax=vmax)
    fig.colorbar(image, ax=ax, extend="both", label="depth [m]")
    ax.set_axis_off()
    return fig, image
