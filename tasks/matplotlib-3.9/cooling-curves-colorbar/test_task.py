import math

import matplotlib.pyplot as plt
from matplotlib.colors import to_hex

from solution import cooling_curves


def test_curves_and_colours():
    fig, bar = cooling_curves([90.0, 60.0, 40.0])
    ax = fig.axes[0]
    lines = ax.get_lines()
    assert len(lines) == 3
    assert lines[0].get_ydata()[0] == 90.0
    assert math.isclose(lines[1].get_ydata()[10], 20.0 + 40.0 * math.exp(-1.0))
    assert to_hex(lines[0].get_color()) == "#f0f921"
    assert to_hex(lines[2].get_color()) == "#0d0887"
    plt.close(fig)


def test_colorbar_scale_and_label():
    fig, bar = cooling_curves([80.0, 30.0], ambient=10.0, minutes=30)
    assert len(fig.axes) == 2
    assert bar.ax is fig.axes[1]
    assert (bar.norm.vmin, bar.norm.vmax) == (30.0, 80.0)
    assert bar.ax.get_ylabel() == "start temperature [degC]"
    assert len(fig.axes[0].get_lines()[0].get_xdata()) == 31
    fig.savefig("cooling.png")
    plt.close(fig)
