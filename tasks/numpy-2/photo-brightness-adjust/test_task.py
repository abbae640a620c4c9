import numpy as np
import pytest

from solution import adjust_brightness, histogram_shift

IMAGE = np.array([[[0, 10, 100], [200, 250, 255]]], dtype=np.uint8)


def test_darken_saturates_at_zero():
    out = adjust_brightness(IMAGE, -50)
    assert out.dtype == np.uint8
    assert out.tolist() == [[[0, 0, 50], [150, 200, 205]]]
    assert histogram_shift(IMAGE, -50) == 2


def test_brighten_saturates_at_255():
    out = adjust_brightness(IMAGE, 300)
    assert out.tolist() == [[[255, 255, 255], [255, 255, 255]]]
    assert histogram_shift(IMAGE, 300) == 6
    assert adjust_brightness(IMAGE, -255).tolist() == [[[0, 0, 0], [0, 0, 0]]]


def test_rejects_other_dtypes():
    with pytest.raises(TypeError):
        adjust_brightness(IMAGE.astype(np.float32), 5)
