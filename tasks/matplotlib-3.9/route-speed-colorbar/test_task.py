import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import to_hex

from solution import RouteMap

LON = [8.50, 8.51, 8.52, 8.53]
LAT = [47.30, 47.31, 47.31, 47.32]
SPEED = [5.0, 15.0, 35.0, 41.0]


def test_segments_coloured_by_speed_bin():
    fig, ax, colorbar = RouteMap().draw(LON, LAT, SPEED)
    track = ax.collections[0]
    assert len(track.get_segments()) == 3
    colours = [to_hex(c) for c in track.get_colors()]
    assert colours == ["#31688e", "#35b779", "#fde725"]
    x0, x1 = ax.get_xlim()
    assert x0 <= 8.50 and x1 >= 8.53
    plt.close(fig)


def test_speed_scale():
    fig, ax, colorbar = RouteMap().draw(LON, LAT, SPEED)
    assert len(fig.axes) == 2
    assert colorbar.ax.get_ylabel() == "speed [km/h]"
    assert list(colorbar.norm.boundaries) == [0, 10, 20, 30, 45]
    assert [float(t) for t in colorbar.get_ticks()] == [0.0, 10.0, 20.0, 30.0, 45.0]
    assert np.isclose(colorbar.ax.get_position().height, ax.get_position().height * 0.8)
    fig.savefig("route.png")
    plt.close(fig)
