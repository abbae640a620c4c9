import matplotlib.pyplot as plt
import numpy as np

from solution import isobar_chart


def _low_pressure():
    x, y = np.meshgrid(np.linspace(-1000, 1000, 81), np.linspace(-1000, 1000, 81))
    return x, y, 1012.0 - 22.0 * np.exp(-(x**2 + y**2) / 400.0**2)


def test_levels_and_pieces():
    fig, labels, pieces = isobar_chart(*_low_pressure())
    assert list(pieces) == [992, 996, 1000, 1004, 1008]
    assert all(count == 1 for count in pieces.values())
    assert labels and set(labels) <= {"992", "996", "1000", "1004", "1008"}
    plt.close(fig)


def test_wider_spacing():
    fig, labels, pieces = isobar_chart(*_low_pressure(), spacing=8)
    assert list(pieces) == [992, 1000, 1008]
    fig.savefig("isobars.png")
    plt.close(fig)
