import matplotlib.pyplot as plt
from matplotlib.colors import to_hex

from solution import growth_bars


def test_bars_coloured_by_growth():
    fig, ax, colorbar = growth_bars(["north", "south", "east"], [120, 95, 140], [-10.0, 0.0, 5.0])
    assert [p.get_height() for p in ax.patches] == [120, 95, 140]
    colours = [to_hex(p.get_facecolor()) for p in ax.patches]
    assert colours[0] == "#67001f"
    assert colours[2] == "#053061"
    assert colours[1] not in (colours[0], colours[2])
    plt.close(fig)


def test_colorbar_next_to_chart():
    fig, ax, colorbar = growth_bars(["a", "b"], [1, 2], [-4.0, 8.0])
    assert len(fig.axes) == 2
    assert colorbar.ax is fig.axes[1]
    assert colorbar.ax.get_ylabel() == "growth [%]"
    assert colorbar.norm.vmin == -4.0 and colorbar.norm.vmax == 8.0 and colorbar.norm.vcenter == 0.0
    assert colorbar.ax.get_position().x0 > ax.get_position().x1
    fig.savefig("growth.png")
    plt.close(fig)
