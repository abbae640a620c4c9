import matplotlib.pyplot as plt
from matplotlib.colors import to_hex

from solution import LeaderboardChart

SCORES = {"ana": 81.0, "ben": 95.5, "chi": 70.0, "dev": 88.0, "eli": 64.0, "fay": 90.0}


def test_only_score_axis_has_grid():
    fig, ax = LeaderboardChart().draw(SCORES)
    assert all(line.get_visible() for line in ax.get_xgridlines())
    assert not any(line.get_visible() for line in ax.get_ygridlines())
    assert to_hex(ax.get_xgridlines()[0].get_color()) == "#d9d9d9"
    assert ax.get_xgridlines()[0].get_linewidth() == 0.8
    assert ax.get_axisbelow() is True
    plt.close(fig)


def test_ranking_and_limits():
    fig, ax = LeaderboardChart(title="Q3").draw(SCORES, top=3)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["dev", "fay", "ben"]
    assert [round(p.get_width(), 1) for p in ax.patches] == [88.0, 90.0, 95.5]
    assert ax.get_xlim() == (0.0, 95.5 * 1.1)
    assert ax.get_title() == "Q3"
    plt.close(fig)
