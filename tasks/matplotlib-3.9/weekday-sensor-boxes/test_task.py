import matplotlib.pyplot as plt
import numpy as np

from solution import weekday_boxes


def _readings():
    rng = np.random.default_rng(3)
    days = np.repeat(np.arange(7), 20)
    base = np.where(days < 5, 30.0, 12.0)
    return days, np.round(base + rng.normal(0, 3, size=days.size), 1)


def test_tick_positions_and_labels():
    fig, ax, exceed = weekday_boxes(*_readings())
    assert list(ax.get_xticks()) == [0, 1, 2, 3, 4, 5.5, 6.5]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert exceed["Sat"] == 0.0 and exceed["Sun"] == 0.0
    assert all(exceed[d] >= 0.85 for d in ["Mon", "Tue", "Wed", "Thu", "Fri"])
    plt.close(fig)


def test_small_handmade_week():
    days = [0, 0, 1, 1, 2, 3, 4, 5, 6, 6]
    values = [10, 40, 20, 30, 26, 24, 25, 5, 50, 60]
    fig, ax, exceed = weekday_boxes(days, values, limit=25.0)
    assert exceed == {"Mon": 0.5, "Tue": 0.5, "Wed": 1.0, "Thu": 0.0, "Fri": 0.0, "Sat": 0.0, "Sun": 1.0}
    assert list(ax.get_lines()[-1].get_ydata()) == [25.0, 25.0]
    fig.savefig("pm25.png")
    plt.close(fig)
