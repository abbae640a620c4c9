"""Species scatter plot whose legend markers stay readable however small the points are."""
import matplotlib.pyplot as plt


def species_scatter(groups, point_size=4, legend_size=60):
    """``groups`` maps species -> (xs, ys). Returns (fig, ax, legend)."""
    fig, ax = plt.subplots(figsize=(5, 4))
    for species, (xs, ys) in groups.items():
        ax.scatter(xs, ys, s=point_size, label=species)
    legend = ax.legend(title="species", loc="upper left", markerscale=1)
    for handle in legend.legendHandles:
        handle.set_sizes([legend_size])
    ax.set_xlabel("petal length [cm]")
    ax.set_ylabel("petal width [cm]")
    return fig, ax, legend
