import math

from solution import ExtremesTracker


def test_extremes_per_channel():
    tracker = ExtremesTracker(3)
    tracker.update([1.0, float("nan"), 5.0])
    tracker.update([-2.0, float("nan"), 7.5])
    tracker.update([0.5, float("nan"), 6.0])
    assert tracker.low[0] == -2.0 and tracker.high[0] == 1.0
    assert tracker.spread() == [3.0, None, 2.5]
    assert tracker.updates == 3


def test_fresh_tracker_bounds():
    tracker = ExtremesTracker(2)
    assert all(math.isinf(v) and v > 0 for v in tracker.low)
    assert all(math.isinf(v) and v < 0 for v in tracker.high)
    assert tracker.spread() == [None, None]
