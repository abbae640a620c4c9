import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import to_hex

from solution import TopoSheet


def _hill():
    x, y = np.meshgrid(np.linspace(0, 1000, 51), np.linspace(0, 1000, 51))
    z = 200 + 450 * np.exp(-(((x - 500) / 300) ** 2 + ((y - 500) / 300) ** 2))
    return x, y, z


def _drawn(ax):
    return [c for c in ax.collections if c.get_visible()]


def test_levels():
    x, y, z = _hill()
    assert TopoSheet().levels(z) == [200.0, 300.0, 400.0, 500.0, 600.0]
    assert TopoSheet(interval_m=250).levels(z) == [0.0, 250.0, 500.0]


def test_all_isolines_share_width_and_colour():
    fig, ax, contours = TopoSheet(linewidth=1.7).draw(*_hill())
    drawn = _drawn(ax)
    assert drawn
    widths = [float(w) for c in drawn for w in np.atleast_1d(c.get_linewidth())]
    assert widths and set(widths) == {1.7}
    colours = {to_hex(rgba) for c in drawn for rgba in c.get_edgecolor()}
    assert colours == {"#8b4513"}
    styles = [style for c in drawn for style in c.get_linestyle()]
    assert all(dashes is None for _, dashes in styles)
    plt.close(fig)


def test_dashed_sheet():
    fig, ax, contours = TopoSheet(linewidth=1.0, linestyle="dashed", color="k").draw(*_hill())
    styles = [style for c in _drawn(ax) for style in c.get_linestyle()]
    assert styles and all(dashes is not None and len(dashes) == 2 for _, dashes in styles)
    fig.savefig("topo.png")
    plt.close(fig)
