import math

import matplotlib.pyplot as plt

from solution import ControlChart


def _drawn_y(chart, line):
    chart.fig.canvas.draw()
    return [round(v, 6) for v in line.get_path().vertices[:, 1].tolist()]


def test_limits_follow_the_data():
    chart = ControlChart()
    assert chart.add_batch([10.0, 10.2, 9.8, 10.0]) == []
    std = math.sqrt(0.08 / 3)
    assert _drawn_y(chart, chart.center) == [10.0, 10.0]
    assert _drawn_y(chart, chart.upper) == [round(10.0 + 3 * std, 6)] * 2
    assert _drawn_y(chart, chart.lower) == [round(10.0 - 3 * std, 6)] * 2
    assert chart.series.get_xdata().tolist() == [0, 1, 2, 3]
    plt.close(chart.fig)


def test_out_of_control_point_flagged():
    chart = ControlChart(sigma_factor=1.0)
    chart.add_batch([5.0, 5.0, 5.0])
    flagged = chart.add_batch([5.0, 5.0, 9.0])
    assert flagged == [5]
    assert _drawn_y(chart, chart.center) == [round(34.0 / 6, 6)] * 2
    lo, hi = chart.ax.get_ylim()
    assert lo < 5.0 and hi > 9.0
    chart.fig.savefig("control.png")
    plt.close(chart.fig)
