import matplotlib.pyplot as plt
from matplotlib.colors import to_hex

from solution import register_brand_colormaps


def test_registers_both_schemes_once():
    assert register_brand_colormaps() == ["acme_sunset", "acme_sea"]
    assert register_brand_colormaps() == []
    sunset = plt.get_cmap("acme_sunset")
    assert sunset.N == 256
    assert to_hex(sunset(0.0)) == "#003f5c"
    assert to_hex(sunset(1.0)) == "#ffa600"


def test_registered_names_usable_in_plots():
    register_brand_colormaps()
    fig, ax = plt.subplots()
    image = ax.imshow([[0.0, 1.0]], cmap="acme_sea")
    assert to_hex(image.cmap(0.0)) == "#e0f3f8"
    assert to_hex(image.cmap(1.0)) == "#4575b4"
    plt.close(fig)


def test_custom_schemes_skip_builtin_names():
    added = register_brand_colormaps({"viridis": ["#000000", "#ffffff"], "ops_gray": ["#111111", "#eeeeee"]})
    assert added == ["ops_gray"]
    assert to_hex(plt.get_cmap("viridis")(0.0)) == "#440154"
    assert to_hex(plt.get_cmap("ops_gray")(1.0)) == "#eeeeee"
