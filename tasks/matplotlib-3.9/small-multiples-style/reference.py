"""Small-multiples page for a lab report: one panel per experiment run."""
import numpy as np
import matplotlib.pyplot as plt


def small_multiples(runs, ncols=3, shared_limits=True):
    """``runs`` maps run name -> 1-D array of measurements. Empty panels are hidden."""
    names = list(runs)
    nrows = max(1, int(np.ceil(len(names) / ncols)))
    fig, axes = plt.subplots(nrows, ncols, figsize=(3 * ncols, 2.2 * nrows), squeeze=False,
                             sharey=shared_limits)
    for ax, name in zip(axes.flat, names):
        values = np.asarray(runs[name], dtype=float)
        ax.plot(np.arange(values.size), values, marker="o", markersize=3)
        ax.set_title(name, fontsize=9)
        ax.grid(visible=True, linestyle="--", alpha=0.5)
    for ax in axes.flat[len(names):]:
        ax.grid(visible=False)
        ax.set_visible(False)
    return fig, axes
