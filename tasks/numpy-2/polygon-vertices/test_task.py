import numpy as np
import pytest

from solution import perimeter, regular_polygon


def test_square_rotated_45_degrees():
    verts = regular_polygon(4, radius=2.0, rotation_deg=45.0)
    assert verts.shape == (4, 2)
    assert verts.dtype == np.dtype("float64")
    expected = [[1.41421356, 1.41421356], [-1.41421356, 1.41421356], [-1.41421356, -1.41421356], [1.41421356, -1.41421356]]
    assert verts.tolist() == [pytest.approx(row, abs=1e-7) for row in expected]


def test_triangle_center_and_perimeter():
    verts = regular_polygon(3, center=(5.0, -1.0))
    assert verts[0].tolist() == pytest.approx([6.0, -1.0])
    assert verts[:, 0].mean() == pytest.approx(5.0)
    assert perimeter(verts) == pytest.approx(3 * 1.7320508075688772)


def test_too_few_sides():
    with pytest.raises(ValueError):
        regular_polygon(2)
