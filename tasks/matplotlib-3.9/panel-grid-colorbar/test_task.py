import matplotlib.pyplot as plt
import numpy as np

from solution import seasonal_panels


def _fields():
    base = np.arange(12, dtype=float).reshape(3, 4)
    return {"DJF": base * 10, "MAM": base * 5, "JJA": base * 2, "SON": base * 8}


def test_shared_scale():
    fig, axes, colorbar = seasonal_panels(_fields())
    images = [ax.get_images()[0] for ax in axes.flat]
    assert all(image.norm is images[0].norm for image in images)
    assert (colorbar.norm.vmin, colorbar.norm.vmax) == (0.0, 110.0)
    assert [ax.get_title() for ax in axes.flat] == ["DJF", "MAM", "JJA", "SON"]
    plt.close(fig)


def test_one_colorbar_for_the_figure():
    fig, axes, colorbar = seasonal_panels(_fields(), vmax=50.0, cmap="Blues")
    assert len(fig.axes) == 5
    assert colorbar.ax is fig.axes[4]
    assert colorbar.ax.get_ylabel() == "precipitation [mm]"
    assert colorbar.cmap.name == "Blues"
    assert colorbar.norm.vmax == 50.0
    assert colorbar.ax.get_position().x0 > axes[0, 0].get_position().x1
    fig.savefig("seasons.png")
    plt.close(fig)
