"""Notebook bootstrap: one call sets up the plotting defaults used across the team's analyses."""
import matplotlib
import matplotlib.pyplot as plt


def setup_notebook_plotting(dpi=110, palette=None):
    """Reset matplotlib, apply the team look and return a summary of key settings."""
    matplotlib.rcdefaults()
    matplotlib.style.use("seaborn")
    matplotlib.rcParams["figure.dpi"] = dpi
    if palette is not None:
        plt.rc("axes", prop_cycle=plt.cycler(color=palette))
    return {
        "facecolor": matplotlib.rcParams["axes.facecolor"],
        "grid": matplotlib.rcParams["axes.grid"],
        "dpi": matplotlib.rcParams["figure.dpi"],
        "colors": [c["color"] for c in matplotlib.rcParams["axes.prop_cycle"]],
    }
