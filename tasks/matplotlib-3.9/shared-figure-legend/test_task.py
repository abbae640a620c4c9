import matplotlib.pyplot as plt
from matplotlib.lines import Line2D

from solution import training_curves

HISTORY = {
    "baseline": {"loss": [1.0, 0.7, 0.6], "accuracy": [0.5, 0.6, 0.65]},
    "wide": {"loss": [0.9, 0.5, 0.4], "accuracy": [0.55, 0.7, 0.75]},
}


def test_single_figure_legend_with_thick_samples():
    fig, legend = training_curves(HISTORY)
    assert fig.legends == [legend]
    assert all(ax.get_legend() is None for ax in fig.axes)
    assert [t.get_text() for t in legend.get_texts()] == ["baseline", "wide"]
    samples = list(legend.findobj(Line2D))
    assert len(samples) == 2
    assert all(s.get_linewidth() == 3.0 for s in samples)
    assert all(line.get_linewidth() == 1.5 for ax in fig.axes for line in ax.get_lines())
    plt.close(fig)


def test_curves_and_custom_width():
    fig, legend = training_curves(HISTORY, legend_linewidth=5)
    loss_ax, acc_ax = fig.axes
    assert list(loss_ax.get_lines()[1].get_ydata()) == [0.9, 0.5, 0.4]
    assert list(acc_ax.get_lines()[0].get_xdata()) == [1, 2, 3]
    assert [s.get_linewidth() for s in legend.findobj(Line2D)] == [5, 5]
    fig.savefig("curves.png")
    plt.close(fig)
