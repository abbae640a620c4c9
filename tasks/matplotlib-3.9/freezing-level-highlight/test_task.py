import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import to_hex

from solution import cross_section


def _atmosphere():
    distance, height = np.meshgrid(np.linspace(0, 200, 41), np.linspace(0, 6, 31))
    temperature = 12.0 - 6.5 * height + 0.01 * distance  # 0 degC near 2-2.3 km
    return distance, height, temperature


def _per_level(ax):
    """(linewidth, colour) for every drawn contour level, in level order."""
    drawn = [c for c in ax.collections if c.get_visible()]
    widths = [float(w) for c in drawn for w in np.atleast_1d(c.get_linewidth())]
    colours = [to_hex(rgba) for c in drawn for rgba in c.get_edgecolor()]
    return list(zip(widths, colours))


def test_freezing_level_is_emphasised():
    fig, ax, isotherms = cross_section(*_atmosphere())
    assert list(isotherms.levels) == [-30.0, -25.0, -20.0, -15.0, -10.0, -5.0, 0.0, 5.0, 10.0, 15.0]
    styles = _per_level(ax)
    assert len(styles) == 10
    assert styles[6] == (2.5, "#1f77b4")
    assert all(style == (0.8, "#666666") for i, style in enumerate(styles) if i != 6)
    assert ax.get_ylabel() == "height [km]"
    plt.close(fig)


def test_other_highlight_and_step():
    fig, ax, isotherms = cross_section(*_atmosphere(), step=10, highlight=-20.0)
    assert list(isotherms.levels) == [-30.0, -20.0, -10.0, 0.0, 10.0, 20.0]
    styles = _per_level(ax)
    assert [w for w, _ in styles] == [0.8, 2.5, 0.8, 0.8, 0.8, 0.8]
    assert styles[1][1] == "#1f77b4"
    fig.savefig("section.png")
    plt.close(fig)
