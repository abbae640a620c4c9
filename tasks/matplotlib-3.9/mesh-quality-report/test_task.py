import numpy as np

from solution import mesh_quality

GRID_X = [0, 1, 2, 0, 1, 2, 0, 1, 2]
GRID_Y = [0, 0, 0, 1, 1, 1, 2, 2, 2]


def test_sliver_on_border_is_masked():
    report = mesh_quality(GRID_X + [1.0], GRID_Y + [-0.05])
    assert report["triangles"] == 10
    assert report["flat_masked"] == 2
    assert report["worst_ratio"] == 0.048
    mesh = report["mesh"]
    assert mesh.get_masked_triangles().shape == (8, 3)
    assert mesh.x.tolist()[-1] == 1.0


def test_lower_threshold_keeps_everything():
    report = mesh_quality(GRID_X + [1.0], GRID_Y + [-0.05], min_circle_ratio=0.01)
    assert report["flat_masked"] == 0
    assert report["mesh"].get_masked_triangles().shape == (10, 3)


def test_unit_square():
    report = mesh_quality([0, 1, 0, 1], [0, 0, 1, 1])
    assert report["triangles"] == 2
    assert report["flat_masked"] == 0
    assert report["worst_ratio"] == 0.414
    assert np.sort(report["mesh"].edges, axis=1).shape == (5, 2)
