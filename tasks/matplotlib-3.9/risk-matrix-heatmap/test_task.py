import os

import matplotlib
import matplotlib.pyplot as plt
import pytest
from matplotlib.colors import to_hex

from solution import risk_matrix

LEVELS = ["low", "medium", "high"]
SCORES = [[1, 2, 3], [2, float("nan"), 12], [3, 12, 25]]


def test_heatmap_colours_and_scale():
    fig, ax, image = risk_matrix(SCORES, LEVELS)
    assert image.cmap.name == "Reds"
    assert image.norm.vmin == 0 and image.norm.vmax == 25
    assert to_hex(image.cmap(0.0)) == "#fff5f0"
    assert to_hex(image.cmap(1.0)) == "#67000d"
    assert to_hex(image.cmap.get_bad()) == "#d3d3d3"
    data = image.get_array()
    assert bool(data.mask[1, 1]) is True
    assert float(data[2, 2]) == 25.0
    plt.close(fig)


def test_axes_labels_and_export():
    fig, ax, image = risk_matrix(SCORES, LEVELS, cmap_name="Oranges")
    assert image.cmap.name == "Oranges"
    assert [t.get_text() for t in ax.get_xticklabels()] == LEVELS
    assert [t.get_text() for t in ax.get_yticklabels()] == LEVELS
    assert ax.get_xlabel() == "impact" and ax.get_ylabel() == "likelihood"
    assert len(fig.axes) == 2
    assert fig.axes[1].get_ylabel() == "risk score"
    fig.savefig("risk.png")
    assert os.path.getsize("risk.png") > 0
    plt.close(fig)


def test_registered_colormap_not_modified():
    fig, ax, image = risk_matrix(SCORES, LEVELS)
    assert to_hex(matplotlib.colormaps["Reds"].get_bad(), keep_alpha=True) == "#00000000"
    plt.close(fig)


def test_rejects_non_square_scores():
    with pytest.raises(ValueError):
        risk_matrix([[1, 2], [3, 4]], LEVELS)
