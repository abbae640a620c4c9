import pytest

from solution import nearest_store

STORES = {
    "paris": (48.8566, 2.3522),
    "lyon": (45.7640, 4.8357),
    "marseille": (43.2965, 5.3698),
}


def test_nearest_from_dijon():
    name, km = nearest_store((47.3220, 5.0415), STORES)
    assert name == "lyon"
    assert km == pytest.approx(174.3, abs=1.0)


def test_distance_zero_at_store():
    assert nearest_store((48.8566, 2.3522), STORES) == ("paris", 0.0)


def test_empty():
    with pytest.raises(ValueError):
        nearest_store((0.0, 0.0), {})
