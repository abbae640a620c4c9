import matplotlib.pyplot as plt
import numpy as np

from solution import refined_isolines

X = [0.0, 1.0, 0.0, 1.0]
Y = [0.0, 0.0, 1.0, 1.0]
Z = [x * x + y for x, y in zip(X, Y)]


def test_refinement_sizes():
    fig, contours, fine = refined_isolines(X, Y, Z, levels=[0.5, 1.0, 1.5])
    assert len(fine.x) == 25
    assert len(fine.triangles) == 32
    assert list(contours.levels) == [0.5, 1.0, 1.5]
    labels = {t.get_text() for t in contours.labelTexts}
    assert labels and labels <= {"0.5", "1.0", "1.5"}
    plt.close(fig)


def test_subdivision_level_and_axes():
    fig, contours, fine = refined_isolines(X, Y, Z, levels=[1.0], subdiv=3)
    assert len(fine.x) == 81
    assert len(fine.triangles) == 128
    ax = fig.axes[0]
    assert ax.get_aspect() == 1.0
    assert len(ax.get_lines()) >= 1
    plt.close(fig)


def test_refined_field_bounds():
    fig, contours, fine = refined_isolines(X, Y, Z, levels=[0.5], subdiv=1)
    assert len(fine.x) == 9
    assert np.isclose(fine.x.min(), 0.0) and np.isclose(fine.y.max(), 1.0)
    plt.close(fig)
