import numpy as np
import pytest

from solution import scale_intensity


def test_uint8_image_is_stretched():
    image = np.array([[0, 50], [100, 200]], dtype=np.uint8)
    out = scale_intensity(image, low_pct=0.0, high_pct=100.0)
    assert out.dtype == np.float32
    assert out.ravel().tolist() == pytest.approx([0.0, 0.25, 0.5, 1.0])
    assert image.tolist() == [[0, 50], [100, 200]]


def test_percentile_clipping_from_nested_list():
    image = [[0, 10, 10, 10, 10], [10, 10, 10, 10, 255]]
    out = scale_intensity(image, low_pct=10.0, high_pct=90.0)
    assert out.shape == (2, 5)
    assert out[0, 0] == 0.0
    assert out[1, 4] == 1.0


def test_flat_image():
    out = scale_intensity(np.full((2, 2), 7, dtype=np.uint16))
    assert out.tolist() == [[0.0, 0.0], [0.0, 0.0]]
    assert out.dtype == np.float32
