import matplotlib.pyplot as plt

from solution import latency_boxplot

DATA = {
    "us-east": [20, 22, 25, 30, 31, 35, 40, 42, 300],
    "eu-west": [50, 52, 55, 60, 61, 63, 70],
    "ap-south": [80, 85, 90, 95, 120],
}


def test_regions_sorted_and_labelled():
    fig, ax, artists = latency_boxplot(DATA)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["ap-south", "eu-west", "us-east"]
    medians = [float(line.get_ydata()[0]) for line in artists["medians"]]
    assert medians == [90.0, 60.0, 31.0]
    assert artists["fliers"] == [] or all(len(f.get_xdata()) == 0 for f in artists["fliers"])
    plt.close(fig)


def test_explicit_order_and_slo():
    fig, ax, artists = latency_boxplot(DATA, order=["us-east", "eu-west"], slo_ms=100)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["us-east", "eu-west"]
    assert len(artists["boxes"]) == 2
    slo = ax.get_lines()[-1]
    assert list(slo.get_ydata()) == [100, 100]
    assert ax.get_legend() is None
    fig.savefig("latency.png")
    plt.close(fig)
