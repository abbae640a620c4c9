"""Figures for conference posters: large fonts, outward ticks, no grid."""
from matplotlib import style
from matplotlib.figure import Figure

POSTER_STYLE = ("seaborn-v0_8-poster", "seaborn-v0_8-ticks")


def poster_scatter(x, y, xlabel, ylabel, title=""):
    """Build a standalone Figure (no pyplot state) in poster style."""
    with style.context(list(POSTER_STYLE), after_reset=True):
        fig = Figure()
        ax = fig.add_subplot()
        ax.scatter(x, y, s=60, alpha=0.8)
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
        if title:
            ax.set_title(title)
    return fig
