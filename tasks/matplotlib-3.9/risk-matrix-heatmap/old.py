"""Likelihood x impact risk matrix rendered as a heatmap for the audit report."""
import numpy as np
import matplotlib.pyplot as plt


def risk_matrix(scores, levels, cmap_name="Reds"):
    """Heatmap of a square score matrix; NaN cells (not assessed) are drawn in light grey."""
    data = np.asarray(scores, dtype=float)
    if data.shape != (len(levels), len(levels)):
        raise ValueError("scores must be a square matrix with one row per level")
    cmap = plt.cm.get_cmap(cmap_name).copy()
    cmap.set_bad("lightgrey")
    fig, ax = plt.subplots(figsize=(4, 4))
    image = ax.imshow(np.ma.masked_invalid(data), cmap=cmap, vmin=0, vmax=25, origin="lower")
    ax.set_xticks(range(len(levels)), labels=levels)
    ax.set_yticks(range(len(levels)), labels=levels)
    ax.set_xlabel("impact")
    ax.set_ylabel("likelihood")
    fig.colorbar(image, ax=ax, label="risk score")
    return fig, ax, image
