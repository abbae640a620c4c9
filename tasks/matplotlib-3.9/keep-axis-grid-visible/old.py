"""Histogram of order values with light horizontal guide lines behind the bars."""
import numpy as np
import matplotlib.pyplot as plt


def order_histogram(order_values, bin_width=25.0):
    values = np.asarray(order_values, dtype=float)
    edges = np.arange(0.0, values.max() + bin_width, bin_width)
    fig, ax = plt.subplots(figsize=(6, 3))
    counts, _, _ = ax.hist(values, bins=edges, color="tab:purple", edgecolor="white")
    ax.set_axisbelow(True)
    ax.grid(True, axis="y", color="0.9")
    ax.xaxis.grid(visible=False)
    ax.set_xlabel("order value [EUR]")
    ax.set_ylabel("orders")
    return fig, ax, [int(c) for c in counts]
