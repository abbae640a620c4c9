import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import to_hex

from solution import variant_boxes


def _sessions():
    rng = np.random.default_rng(42)
    return {
        "treatment": np.round(rng.gamma(3.0, 2.0, size=200), 2),
        "control": np.round(rng.gamma(3.0, 1.7, size=200), 2),
        "holdout": [1.0, 2.0, 3.0, 4.0, 5.0],
    }


def test_order_labels_and_colours():
    fig, ax, summary = variant_boxes(_sessions())
    assert [t.get_text() for t in ax.get_xticklabels()] == ["control", "treatment", "holdout"]
    assert list(summary) == ["control", "treatment", "holdout"]
    assert summary["holdout"] == 3.0
    boxes = [p for p in ax.patches]
    assert [to_hex(b.get_facecolor()) for b in boxes] == ["#bdbdbd", "#74c476", "#9ecae1"]
    assert ax.get_ylabel() == "session length [min]"
    plt.close(fig)


def test_two_variants_only():
    data = {"control": [1, 2, 3, 4, 5, 6], "treatment": [2, 3, 4, 5, 6, 7]}
    fig, ax, summary = variant_boxes(data, metric="pages")
    assert summary == {"control": 3.5, "treatment": 4.5}
    assert [t.get_text() for t in ax.get_xticklabels()] == ["control", "treatment"]
    fig.savefig("ab.png")
    plt.close(fig)
