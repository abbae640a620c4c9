import matplotlib.pyplot as plt
import pytest
from matplotlib.lines import Line2D

from solution import legend_colour_report, mismatched_labels


def test_matching_legend():
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1], color="#ff0000", label="north")
    ax.plot([0, 1], [1, 0], color="#0000ff", label="south")
    ax.legend()
    assert legend_colour_report(ax) == {
        "north": ("#ff0000", "#ff0000"),
        "south": ("#0000ff", "#0000ff"),
    }
    assert mismatched_labels(ax) == []
    plt.close(fig)


def test_hand_made_legend_is_flagged():
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1], color="#ff0000", label="north")
    ax.plot([0, 1], [1, 0], color="#0000ff", label="south")
    proxies = [Line2D([], [], color="#ff0000"), Line2D([], [], color="#00ff00")]
    ax.legend(proxies, ["north", "south"])
    report = legend_colour_report(ax)
    assert report["south"] == ("#00ff00", "#0000ff")
    assert mismatched_labels(ax) == ["south"]
    plt.close(fig)


def test_no_legend():
    fig, ax = plt.subplots()
    ax.plot([1, 2])
    with pytest.raises(LookupError):
        legend_colour_report(ax)
    plt.close(fig)
