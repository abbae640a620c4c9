import os

import matplotlib.pyplot as plt

from solution import export_score_boxplot

SCORES = {"7a": [45, 60, 72, 80, 91], "7b": [30, 41, 55, 58, 70, 88], "7c": [62, 64, 66]}


def test_medians_and_file():
    medians = export_score_boxplot(SCORES, "scores.png")
    assert medians == {"7a": 72.0, "7b": 56.5, "7c": 64.0}
    assert os.path.getsize("scores.png") > 0
    ax = plt.gca()
    assert [t.get_text() for t in ax.get_yticklabels()] == ["7a", "7b", "7c"]
    assert ax.get_xlim() == (0.0, 100.0)
    plt.close("all")


def test_single_class():
    medians = export_score_boxplot({"8c": [10, 20, 90]}, "single.png", pass_mark=60)
    assert medians == {"8c": 20.0}
    ax = plt.gca()
    assert [t.get_text() for t in ax.get_yticklabels()] == ["8c"]
    assert list(ax.get_lines()[-1].get_xdata()) == [60, 60]
    plt.close("all")
