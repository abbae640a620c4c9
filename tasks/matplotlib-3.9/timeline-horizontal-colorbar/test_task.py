import matplotlib.pyplot as plt
from matplotlib.colors import to_hex

from solution import incident_timeline

INCIDENTS = [("db failover", 2.0, 1.5, 5), ("slow api", 9.0, 3.0, 2), ("cert expiry", 15.5, 0.5, 1)]


def test_bars_and_labels():
    fig, ax = incident_timeline(INCIDENTS)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["db failover", "slow api", "cert expiry"]
    bars = ax.collections
    assert len(bars) == 3
    assert to_hex(bars[0].get_facecolor()[0]) == "#7f0000"
    assert to_hex(bars[2].get_facecolor()[0]) == "#fff7ec"
    assert ax.get_xlim() == (0.0, 24.0)
    plt.close(fig)


def test_horizontal_scale_below_timeline():
    fig, ax = incident_timeline(INCIDENTS, max_severity=4)
    assert len(fig.axes) == 2
    scale_ax = fig.axes[1]
    assert scale_ax.get_xlabel() == "severity"
    assert [float(t) for t in scale_ax.get_xticks()] == [1.0, 2.0, 3.0, 4.0]
    assert scale_ax.get_position().y1 < ax.get_position().y0
    fig.savefig("incidents.png")
    plt.close(fig)
