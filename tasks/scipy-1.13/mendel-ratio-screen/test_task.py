import pytest

from solution import distorted_markers, marker_p_values

COUNTS = {"m1": (74, 26), "m2": (60, 40), "m3": (90, 10), "m4": (30, 9), "m5": (52, 28)}


def test_p_values_per_marker():
    p = marker_p_values(COUNTS)
    assert sorted(p) == ["m1", "m2", "m3", "m4", "m5"]
    assert float(p["m1"]) == pytest.approx(0.8176085071474698, rel=1e-9)
    assert float(p["m2"]) == pytest.approx(0.0010801099946617435, rel=1e-9)
    assert float(p["m3"]) == pytest.approx(0.00028417486160942546, rel=1e-9)
    assert float(p["m4"]) == pytest.approx(1.0)
    assert float(p["m5"]) == pytest.approx(0.05160196073538308, rel=1e-9)


def test_bonferroni_screen():
    assert distorted_markers(COUNTS) == ["m2", "m3"]
    assert distorted_markers(COUNTS, alpha=0.5) == ["m2", "m3", "m5"]
    assert distorted_markers({}) == []
