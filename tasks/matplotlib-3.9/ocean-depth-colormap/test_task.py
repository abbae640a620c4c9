import os

import matplotlib.pyplot as plt
from matplotlib.colors import to_hex

from solution import depth_chart, install_depth_colormap


def test_install_and_lookup_by_name():
    assert install_depth_colormap() == "ocean_depth"
    cmap = plt.get_cmap("ocean_depth")
    assert cmap.N == 4
    assert [to_hex(cmap(i)) for i in range(4)] == ["#c6dbef", "#6baed6", "#2171b5", "#08306b"]
    assert to_hex(cmap(-1.0)) == "#f7fbff"
    assert to_hex(cmap(2.0)) == "#000000"


def test_chart_uses_registered_map():
    install_depth_colormap("survey_depth")
    fig, image = depth_chart([[0, 1500], [2500, 5200]], name="survey_depth")
    assert image.norm.vmin == 0.0 and image.norm.vmax == 4000.0
    rgba = image.to_rgba(image.get_array())
    assert to_hex(rgba[0, 0]) == "#c6dbef"
    assert to_hex(rgba[0, 1]) == "#6baed6"
    assert to_hex(rgba[1, 0]) == "#2171b5"
    assert to_hex(rgba[1, 1]) == "#000000"
    assert fig.axes[1].get_ylabel() == "depth [m]"
    fig.savefig("depth.png")
    assert os.path.getsize("depth.png") > 0
    plt.close(fig)
