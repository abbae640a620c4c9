import matplotlib.pyplot as plt
import pytest
from matplotlib.colors import to_hex

from solution import TemporaryColormaps


def test_names_exist_only_inside_block():
    with TemporaryColormaps({"traffic": ["green", "orange", "red"], "duo": ["#101010", "#f0f0f0"]}) as temp:
        assert temp.active == ["traffic", "duo"]
        fig, ax = plt.subplots()
        image = ax.imshow([[0, 1, 2]], cmap="traffic")
        assert image.cmap.N == 3
        assert to_hex(image.cmap(2)) == "#ff0000"
        assert to_hex(plt.get_cmap("duo")(0)) == "#101010"
        plt.close(fig)
    assert temp.active == []
    assert "traffic" not in plt.colormaps()
    assert "duo" not in plt.colormaps()
    with pytest.raises(ValueError):
        plt.subplots()[1].imshow([[0, 1]], cmap="traffic")


def test_unregisters_when_block_raises():
    with pytest.raises(RuntimeError):
        with TemporaryColormaps({"alarm": ["#ffffff", "#ff0000"]}):
            assert "alarm" in plt.colormaps()
            raise RuntimeError("render failed")
    assert "alarm" not in plt.colormaps()


def test_can_be_used_twice():
    palettes = {"pair": ["#000000", "#ffffff"]}
    with TemporaryColormaps(palettes):
        pass
    with TemporaryColormaps(palettes):
        assert to_hex(plt.get_cmap("pair")(1)) == "#ffffff"
    assert "pair" not in plt.colormaps()
