import matplotlib.pyplot as plt
import pytest

from solution import plot_trace


def test_major_and_minor_grid_dotted():
    fig, ax = plot_trace([0, 10, 20, 30], [20.5, 21.0, 22.25, 21.5], "T-07")
    major = ax.get_xgridlines() + ax.get_ygridlines()
    assert major and all(line.get_visible() for line in major)
    assert all(line.get_linestyle() == ":" for line in major)
    minor = ax.xaxis.get_minor_ticks() + ax.yaxis.get_minor_ticks()
    assert minor and all(tick.gridline.get_visible() for tick in minor)
    assert ax.get_xgridlines()[0].get_linewidth() == 0.5
    plt.close(fig)


def test_labels_title_legend():
    fig, ax = plot_trace([0, 1, 2], [3.0, -1.25, 4.5], "P2", unit="K")
    assert ax.get_ylabel() == "temperature [K]"
    assert ax.get_title() == "sensor P2: min -1.2, max 4.5"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["P2"]
    assert list(ax.get_lines()[0].get_ydata()) == [3.0, -1.25, 4.5]
    plt.close(fig)


def test_length_mismatch():
    with pytest.raises(ValueError):
        plot_trace([0, 1], [1.0], "X")
