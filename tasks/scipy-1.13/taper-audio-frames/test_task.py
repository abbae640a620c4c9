import numpy as np
import pytest

from solution import frame_loudness


def test_constant_clip_keeps_its_level():
    result = frame_loudness(np.full(16, 2.0))
    assert result.shape == (3,)
    np.testing.assert_allclose(result, [2.0, 2.0, 2.0], rtol=1e-12)


def test_ramp_frames_are_tapered():
    result = frame_loudness(np.arange(10.0), frame_len=6, hop=2)
    np.testing.assert_allclose(result, [3.11804782, 5.07170802, 7.0513986], rtol=1e-7)


def test_silence_and_short_clip():
    np.testing.assert_array_equal(frame_loudness(np.zeros(12)), [0.0, 0.0])
    with pytest.raises(ValueError):
        frame_loudness(np.ones(5))
