import numpy as np
import pytest

from solution import changed_pixels, majority_filter

LABELS = np.array(
    [[1, 1, 1, 2, 2],
     [1, 3, 1, 2, 2],
     [1, 1, 1, 2, 2],
     [4, 4, 4, 4, 2]],
    dtype=np.uint8,
)


def test_isolated_pixel_removed():
    result = majority_filter(LABELS)
    assert result.shape == (4, 5)
    assert result.dtype == np.uint8
    expected = [[1, 1, 1, 2, 2], [1, 1, 1, 2, 2], [1, 1, 1, 2, 2], [4, 4, 4, 2, 2]]
    assert result.tolist() == expected
    assert changed_pixels(LABELS) == 2


def test_uniform_map_unchanged_and_bigger_window():
    flat = np.full((3, 4), 7)
    assert majority_filter(flat).tolist() == flat.tolist()
    assert majority_filter(LABELS, size=5).shape == (4, 5)


def test_bad_input():
    with pytest.raises(ValueError):
        majority_filter(np.zeros(5))
    with pytest.raises(ValueError):
        majority_filter(LABELS, size=2)
