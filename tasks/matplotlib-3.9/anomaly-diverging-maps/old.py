"""Temperature-anomaly colormaps (and their reversed twins) shared by the climate notebooks."""
import matplotlib
import matplotlib.cm
from matplotlib.colors import LinearSegmentedColormap

ANOMALY_STOPS = [(0.0, "#2166ac"), (0.5, "#f7f7f7"), (1.0, "#b2182b")]


def ensure_anomaly_maps(base_name="anomaly"):
    """Register ``base_name`` and ``base_name + "_r"`` (idempotent) and return both colormaps."""
    cmap = LinearSegmentedColormap.from_list(base_name, ANOMALY_STOPS)
    for name, candidate in ((base_name, cmap), (base_name + "_r", cmap.reversed())):
        try:
            matplotlib.cm.register_cmap(name, candidate)
        except ValueError:
            pass  # already registered by an earlier notebook cell
    return matplotlib.colormaps[base_name], matplotlib.colormaps[base_name + "_r"]
