import numpy as np

from solution import blend_images


def test_blend_and_negative_offset():
    a = np.array([[200, 0, 255]], dtype=np.uint8)
    b = np.array([[100, 255, 255]], dtype=np.uint8)
    assert blend_images(a, b).tolist() == [[150, 127, 255]]
    out = blend_images(a, b, alpha_percent=25, offset=-130)
    assert out.dtype == np.uint8
    assert out.tolist() == [[0, 61, 125]]


def test_large_offset_saturates():
    assert blend_images([[10]], [[20]], offset=1000).tolist() == [[255]]
