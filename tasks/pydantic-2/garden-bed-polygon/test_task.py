import pytest
from pydantic import ValidationError

from solution import plan_bed


def test_rectangular_bed():
    assert plan_bed([[0, 0], [4, 0], [4, 3], [0, 3]], 2.5) == {
        "area_m2": 12.0,
        "edging_m": 14.0,
        "edging_cost": 35.0,
    }


def test_triangle_drawn_clockwise_with_text_coordinates():
    result = plan_bed([["0", "0"], [0, 3], [4, 0]], 1.0)
    assert result == {"area_m2": 6.0, "edging_m": 12.0, "edging_cost": 12.0}


def test_l_shaped_bed():
    result = plan_bed([(0, 0), (2, 0), (2, 1), (1, 1), (1, 2), (0, 2)], 3.0)
    assert result["area_m2"] == 3.0
    assert result["edging_m"] == 8.0


def test_too_few_corners():
    with pytest.raises(ValueError, match="at least three corners"):
        plan_bed([[0, 0], [1, 1]], 1.0)


def test_malformed_vertex():
    with pytest.raises(ValidationError):
        plan_bed([[0, 0], [1], [1, 1]], 1.0)
