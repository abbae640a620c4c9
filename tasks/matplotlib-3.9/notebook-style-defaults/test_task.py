import matplotlib
import matplotlib.pyplot as plt
from matplotlib.colors import to_hex

from solution import setup_notebook_plotting


def test_team_look():
    summary = setup_notebook_plotting()
    assert to_hex(summary["facecolor"]) == "#eaeaf2"
    assert summary["grid"] is True
    assert summary["dpi"] == 110
    assert [to_hex(c) for c in summary["colors"]] == [
        "#4c72b0", "#55a868", "#c44e52", "#8172b2", "#ccb974", "#64b5cd"]
    assert matplotlib.rcParams["lines.linewidth"] == 1.75
    assert list(matplotlib.rcParams["figure.figsize"]) == [8.0, 5.5]


def test_palette_and_new_axes():
    summary = setup_notebook_plotting(dpi=72, palette=["#000000", "#ff0000"])
    assert summary["colors"] == ["#000000", "#ff0000"]
    fig, ax = plt.subplots()
    assert to_hex(ax.get_facecolor()) == "#eaeaf2"
    assert all(line.get_visible() for line in ax.get_xgridlines())
    assert to_hex(ax.get_xgridlines()[0].get_color()) == "#ffffff"
    assert fig.dpi == 72
    plt.close(fig)


def test_repeated_setup_resets_first():
    setup_notebook_plotting(palette=["#123456"])
    summary = setup_notebook_plotting()
    assert to_hex(summary["colors"][0]) == "#4c72b0"
