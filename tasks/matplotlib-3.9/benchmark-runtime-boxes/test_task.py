import matplotlib.pyplot as plt
import pytest

from solution import RuntimeReport

RUNS = {
    "parse_json": [0.010, 0.012, 0.011, 0.013],
    "render_page": [0.30, 0.28, 0.35, 0.31, 0.90],
    "sort_1m": [1.20, 1.10, 1.25],
}


def test_ranking_slowest_first():
    assert RuntimeReport(RUNS).ranking() == ["sort_1m", "render_page", "parse_json"]


def test_figure_labels_and_scale():
    fig, ax = RuntimeReport(RUNS).figure()
    assert [t.get_text() for t in ax.get_xticklabels()] == ["sort_1m", "render_page", "parse_json"]
    assert ax.get_yscale() == "log"
    assert ax.get_xticklabels()[0].get_rotation() == 30.0
    medians = [round(float(line.get_ydata()[0]), 4) for line in ax.get_lines() if line.get_color() == "k"]
    assert medians == [1.2, 0.31, 0.0115]
    plt.close(fig)


def test_linear_scale_and_validation():
    fig, ax = RuntimeReport({"a": [1.0], "b": [2.0, 3.0]}).figure(log_scale=False)
    assert ax.get_yscale() == "linear"
    assert [t.get_text() for t in ax.get_xticklabels()] == ["b", "a"]
    fig.savefig("bench.png")
    plt.close(fig)
    with pytest.raises(ValueError):
        RuntimeReport({"empty": []})
