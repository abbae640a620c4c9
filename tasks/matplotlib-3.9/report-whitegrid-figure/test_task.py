import matplotlib
import matplotlib.pyplot as plt
from matplotlib.colors import to_hex

from solution import kpi_figure


def test_whitegrid_look():
    fig, ax = kpi_figure([1, 2, 3, 4], [10, 12, 11, 14], target=12)
    assert to_hex(ax.get_facecolor()) == "#ffffff"
    assert all(line.get_visible() for line in ax.get_ygridlines())
    assert to_hex(ax.get_ygridlines()[0].get_color()) == "#cccccc"
    assert to_hex(ax.spines["left"].get_edgecolor()) == "#cccccc"
    assert ax.get_legend().get_frame_on() is False
    assert ax.get_axisbelow() is True
    plt.close(fig)


def test_style_is_local_to_the_figure():
    fig, ax = kpi_figure([1, 2], [3, 4])
    assert len(ax.get_lines()) == 1
    assert matplotlib.rcParams["axes.grid"] is False
    assert matplotlib.rcParams["axes.edgecolor"] == "black"
    other, other_ax = plt.subplots()
    assert not any(line.get_visible() for line in other_ax.get_ygridlines())
    plt.close(fig)
    plt.close(other)
