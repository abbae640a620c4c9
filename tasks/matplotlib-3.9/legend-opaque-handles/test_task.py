import matplotlib.pyplot as plt
import numpy as np
from matplotlib.collections import PathCollection

from solution import fixes_plot


def _fixes():
    rng = np.random.default_rng(7)
    return {
        "b2": rng.normal([13.4, 52.5], 0.01, size=(50, 2)),
        "a1": rng.normal([13.3, 52.4], 0.01, size=(40, 2)),
    }


def test_points_faint_legend_opaque():
    fig, ax = fixes_plot(_fixes())
    assert [c.get_alpha() for c in ax.collections] == [0.15, 0.15]
    legend = ax.get_legend()
    handles = [a for a in legend.findobj(PathCollection)]
    assert len(handles) == 2
    assert all(h.get_alpha() == 1.0 for h in handles)
    assert [t.get_text() for t in legend.get_texts()] == ["device a1", "device b2"]
    plt.close(fig)


def test_custom_alpha_and_offsets():
    fig, ax = fixes_plot({"x": [[1.0, 2.0], [3.0, 4.0]]}, alpha=0.5)
    assert ax.collections[0].get_alpha() == 0.5
    assert ax.collections[0].get_offsets().tolist() == [[1.0, 2.0], [3.0, 4.0]]
    handles = list(ax.get_legend().findobj(PathCollection))
    assert [h.get_alpha() for h in handles] == [1.0]
    fig.savefig("fixes.png")
    plt.close(fig)
