import os

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.colors import to_hex

from solution import warming_stripes


def _stripe_colours(image):
    rgba = np.asarray(image.to_rgba(image.get_array()))
    return [to_hex(c) for c in rgba.reshape(-1, 4)]


def test_one_stripe_per_year():
    fig, image = warming_stripes([2000, 2001, 2002, 2003], [-1.0, 0.0, 0.5, 1.0])
    assert image.cmap.N == 7
    assert _stripe_colours(image) == ["#08306b", "#fee0d2", "#cb181d", "#67000d"]
    assert list(image.get_extent()) == [1999.5, 2003.5, 0, 1]
    assert not fig.axes[0].axison
    fig.savefig("stripes.png")
    assert os.path.getsize("stripes.png") > 0
    plt.close(fig)


def test_limit_and_colormap_by_name():
    fig, image = warming_stripes([1990, 1991], [-3.0, 3.0], limit=2.0)
    assert _stripe_colours(image) == ["#08306b", "#67000d"]
    assert to_hex(plt.get_cmap("stripes")(3)) == "#fee0d2"
    plt.close(fig)


def test_mismatched_input():
    with pytest.raises(ValueError):
        warming_stripes([2000, 2001], [0.1])
