import matplotlib.pyplot as plt
from matplotlib.colors import to_hex

from solution import order_histogram


def test_counts_and_grid():
    fig, ax, counts = order_histogram([5, 10, 30, 31, 60, 74, 99])
    assert counts == [2, 2, 2, 1]
    assert all(line.get_visible() for line in ax.get_ygridlines())
    assert not any(line.get_visible() for line in ax.get_xgridlines())
    assert to_hex(ax.get_ygridlines()[0].get_color()) == "#e6e6e6"
    assert ax.get_axisbelow() is True
    plt.close(fig)


def test_bin_width():
    fig, ax, counts = order_histogram([1, 2, 3, 149], bin_width=50)
    assert counts == [3, 0, 1]
    assert len(ax.patches) == 3
    fig.savefig("orders.png")
    plt.close(fig)
