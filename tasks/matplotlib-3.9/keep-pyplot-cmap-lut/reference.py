"""Traffic-light colours for KPI tiles, from a coarse red-yellow-green colormap."""
import matplotlib.pyplot as plt
from matplotlib.colors import to_hex


def tile_colours(scores, steps=3, cmap_name="RdYlGn"):
    """Map scores in [0, 1] to one of ``steps`` flat colours (low = red, high = green)."""
    cmap = plt.get_cmap(cmap_name, steps)
    colours = []
    for score in scores:
        clipped = min(max(float(score), 0.0), 1.0)
        colours.append(to_hex(cmap(clipped)))
    return colours
