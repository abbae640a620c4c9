import math

import matplotlib.pyplot as plt

from solution import radar_chart

SKILLS = ["python", "sql", "stats", "ml"]


def test_polar_grid_is_styled():
    fig, ax = radar_chart(SKILLS, [4, 3, 5, 2], [3, 3, 3, 3])
    assert ax.name == "polar"
    rings = ax.get_ygridlines()
    spokes = ax.get_xgridlines()
    assert len(rings) == 5 and len(spokes) == 4
    assert all(line.get_visible() for line in rings + spokes)
    assert rings[0].get_color() == "0.7"
    assert rings[0].get_linewidth() == 0.6
    plt.close(fig)


def test_closed_polygons_and_labels():
    fig, ax = radar_chart(SKILLS, [4, 3, 5, 2], [3, 2, 4, 3], max_rating=6)
    candidate, team = ax.get_lines()
    assert list(candidate.get_ydata()) == [4.0, 3.0, 5.0, 2.0, 4.0]
    assert list(team.get_ydata()) == [3.0, 2.0, 4.0, 3.0, 3.0]
    assert math.isclose(candidate.get_xdata()[1], math.pi / 2)
    assert [t.get_text() for t in ax.get_xticklabels()] == SKILLS
    assert ax.get_ylim() == (0.0, 6.0)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["candidate", "team"]
    plt.close(fig)
