"""Corporate colour schemes, registered so that plotting code can ask for them by name."""
import matplotlib
import matplotlib.pyplot as plt
from matplotlib.colors import LinearSegmentedColormap

BRAND_SCHEMES = {
    "acme_sunset": ["#003f5c", "#bc5090", "#ffa600"],
    "acme_sea": ["#e0f3f8", "#4575b4"],
}


def register_brand_colormaps(schemes=BRAND_SCHEMES):
    """Register every scheme not registered yet; return the names registered by this call."""
    added = []
    for name, stops in schemes.items():
        if name in plt.colormaps():
            continue
        cmap = LinearSegmentedColormap.from_list(name, stops, N=256)
        matplotlib.colormaps.register(cmap, name=name)
        added.append(name)
    return added
