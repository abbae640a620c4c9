import os

import matplotlib

from solution import poster_scatter


def test_poster_sizes_and_ticks():
    fig = poster_scatter([1, 2, 3], [2, 4, 3], "dose [mg]", "response", title="Trial 4")
    ax = fig.axes[0]
    assert fig.get_size_inches().tolist() == [12.8, 8.8]
    assert ax.xaxis.label.get_fontsize() == 17.6
    assert ax.title.get_fontsize() == 19.2
    assert ax.get_xticklabels()[0].get_fontsize() == 16.0
    tick = ax.xaxis.get_major_ticks()[0]
    assert tick.tick1line.get_markersize() == 6.0
    assert not any(line.get_visible() for line in ax.get_xgridlines())
    assert ax.spines["left"].get_linewidth() == 1.25
    fig.savefig("poster.png", dpi=20)
    assert os.path.getsize("poster.png") > 0


def test_global_settings_untouched():
    poster_scatter([0], [0], "x", "y")
    assert matplotlib.rcParams["axes.labelsize"] == "medium"
    assert list(matplotlib.rcParams["figure.figsize"]) == [6.4, 4.8]
    fig = poster_scatter([0, 1], [1, 0], "a", "b")
    assert fig.axes[0].get_title() == ""
    assert fig.axes[0].get_ylabel() == "b"
