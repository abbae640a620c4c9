import matplotlib as mpl
import matplotlib.pyplot as plt

from solution import apply_house_style


def test_colour_cycle_and_paper_sizes():
    cycle = apply_house_style()
    assert [c.upper().lstrip("#") for c in cycle] == ["0072B2", "009E73", "D55E00", "CC79A7", "F0E442", "56B4E9"]
    assert mpl.rcParams["axes.labelsize"] == 8.8
    assert mpl.rcParams["xtick.labelsize"] == 8.0
    assert list(mpl.rcParams["figure.figsize"]) == [6.4, 4.4]
    assert mpl.rcParams["savefig.dpi"] == 300
    assert mpl.rcParams["axes.spines.top"] is False


def test_new_axes_follow_style_and_extra():
    apply_house_style({"lines.linewidth": 2.5})
    fig, ax = plt.subplots()
    line, = ax.plot([0, 1], [1, 0])
    assert line.get_linewidth() == 2.5
    assert line.get_color().upper().lstrip("#") == "0072B2"
    assert not ax.spines["right"].get_visible()
    assert fig.get_size_inches().tolist() == [6.4, 4.4]
    plt.close(fig)
