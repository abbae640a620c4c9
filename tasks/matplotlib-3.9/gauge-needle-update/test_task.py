import math

import matplotlib.pyplot as plt

from solution import Gauge


def _needle_angles(gauge):
    gauge.fig.canvas.draw()
    vertices = gauge.needle.get_path().vertices
    assert vertices[:, 1].tolist() == [0.0, 0.9]
    return [round(v, 6) for v in vertices[:, 0].tolist()]


def test_needle_points_at_value():
    gauge = Gauge()
    assert _needle_angles(gauge) == [round(math.pi, 6)] * 2
    assert math.isclose(gauge.show_value(50), math.pi / 2)
    assert _needle_angles(gauge) == [round(math.pi / 2, 6)] * 2
    assert gauge.ax.get_xlabel() == "50"
    plt.close(gauge.fig)


def test_scale_clipping_and_custom_range():
    gauge = Gauge(minimum=-20, maximum=20, title="temperature")
    assert gauge.show_value(35) == 0.0
    assert _needle_angles(gauge) == [0.0, 0.0]
    gauge.show_value(-20)
    assert _needle_angles(gauge) == [round(math.pi, 6)] * 2
    assert gauge.ax.get_title() == "temperature"
    gauge.fig.savefig("gauge.png")
    plt.close(gauge.fig)
