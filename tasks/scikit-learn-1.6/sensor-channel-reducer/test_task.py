import numpy as np
import pytest

from solution import ChannelReducer

T = np.arange(12, dtype=float)
S = 1.0 + np.sin(T)
C = 1.0 + np.cos(T)
READINGS = np.column_stack([S, C, 2 * S, 3 * C, 0.5 * S])
NAMES = ["x1", "y1", "x2", "y2", "x3"]


def test_groups_follow_the_signal():
    reducer = ChannelReducer(2).fit(READINGS, NAMES)
    assert sorted(sorted(g) for g in reducer.groups()) == [["x1", "x2", "x3"], ["y1", "y2"]]


def test_transform_averages_each_group():
    reducer = ChannelReducer(2).fit(READINGS, NAMES)
    out = reducer.transform(READINGS)
    assert out.shape == (12, 2)
    for j, group in enumerate(reducer.groups()):
        cols = [NAMES.index(n) for n in group]
        np.testing.assert_allclose(out[:, j], READINGS[:, cols].mean(axis=1))


def test_name_count_checked():
    with pytest.raises(ValueError):
        ChannelReducer(2).fit(READINGS, NAMES[:3])
