import matplotlib.pyplot as plt
from matplotlib.collections import PathCollection

from solution import species_scatter

GROUPS = {
    "setosa": ([1.4, 1.3, 1.5], [0.2, 0.2, 0.3]),
    "versicolor": ([4.7, 4.5], [1.4, 1.5]),
    "virginica": ([6.0, 5.1, 5.9], [2.5, 1.9, 2.1]),
}


def _legend_markers(legend):
    return [artist for artist in legend.findobj(PathCollection) if artist is not legend]


def test_legend_markers_enlarged_points_untouched():
    fig, ax, legend = species_scatter(GROUPS)
    assert [t.get_text() for t in legend.get_texts()] == ["setosa", "versicolor", "virginica"]
    assert legend.get_title().get_text() == "species"
    markers = _legend_markers(legend)
    assert len(markers) == 3
    assert all(list(m.get_sizes()) == [60.0] for m in markers)
    for collection in ax.collections:
        assert list(collection.get_sizes()) == [4.0]
    plt.close(fig)


def test_custom_sizes():
    fig, ax, legend = species_scatter(GROUPS, point_size=2, legend_size=90)
    assert [list(c.get_sizes()) for c in ax.collections] == [[2.0], [2.0], [2.0]]
    assert [list(m.get_sizes()) for m in _legend_markers(legend)] == [[90.0], [90.0], [90.0]]
    fig.savefig("species.png")
    plt.close(fig)
