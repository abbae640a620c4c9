import pytest

from solution import trip_distance


def test_constant_speed_one_hour():
    assert trip_distance([18.0] * 61, sample_period_s=60.0) == pytest.approx(18.0)


def test_segments_share_boundaries():
    total, segments = trip_distance([0, 36, 36, 0, 72], sample_period_s=10.0, segment_samples=2)
    assert total == pytest.approx(0.3)
    assert segments == pytest.approx([0.15, 0.15])
    assert sum(segments) == pytest.approx(total)
