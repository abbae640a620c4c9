import numpy as np
import pytest

from solution import EdgeFade


def test_mask_profile():
    mask = EdgeFade(0.6).mask((7, 9))
    assert mask.shape == (7, 9)
    np.testing.assert_allclose(
        mask[3], [0.0, 0.37059048, 0.9330127, 1.0, 1.0, 1.0, 0.9330127, 0.37059048, 0.0], rtol=1e-7, atol=1e-12
    )
    np.testing.assert_allclose(mask[:, 4], [0.0, 0.58682409, 1.0, 1.0, 1.0, 0.58682409, 0.0], rtol=1e-7, atol=1e-12)


def test_colour_tile_is_weighted_per_channel():
    tile = np.arange(7 * 9 * 3, dtype=float).reshape(7, 9, 3)
    out = EdgeFade(0.6)(tile)
    assert out.shape == tile.shape
    np.testing.assert_allclose(out[2, 1], [21.12365721, 21.49424769, 21.86483817], rtol=1e-7)
    np.testing.assert_array_equal(out[0], np.zeros((9, 3)))


def test_alpha_zero_is_identity_and_range_check():
    np.testing.assert_array_equal(EdgeFade(0.0)(np.full((2, 3), 4.0)), np.full((2, 3), 4.0))
    with pytest.raises(ValueError):
        EdgeFade(1.5)
