import matplotlib
import matplotlib.pyplot as plt
from matplotlib.colors import to_hex

from solution import campaign_chart


def test_web_chart_uses_ggplot():
    fig, ax = campaign_chart([1, 2, 3], [10, 14, 9])
    assert to_hex(ax.get_facecolor()) == "#e5e5e5"
    assert to_hex(ax.get_lines()[0].get_color()) == "#e24a33"
    assert all(line.get_visible() for line in ax.get_xgridlines())
    plt.close(fig)


def test_print_chart_and_global_state():
    fig, ax = campaign_chart([1, 2], [3, 4], medium="print")
    assert to_hex(ax.get_facecolor()) == "#ffffff"
    assert all(line.get_visible() for line in ax.get_ygridlines())
    colour = to_hex(ax.get_lines()[0].get_color())
    assert colour[1:3] == colour[3:5] == colour[5:7]
    assert matplotlib.rcParams["axes.facecolor"] == "white"
    fig.savefig("campaign.png")
    plt.close(fig)
