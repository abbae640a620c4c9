import numpy as np
import pytest

from solution import to_pcm32


def test_full_scale_preserved():
    out = to_pcm32(np.array([0, 1, -1, 32767, -32768], dtype=np.int16))
    assert out.dtype == np.int32
    assert out.tolist() == [0, 65536, -65536, 2147418112, -2147483648]


def test_gain_clips_to_int32():
    out = to_pcm32(np.array([16384, -32768, 100], dtype=np.int16), gain_db=6.0)
    assert out.tolist() == [2142396597, -2147483648, 13076151]


def test_wrong_dtype():
    with pytest.raises(TypeError):
        to_pcm32(np.array([1, 2], dtype=np.int32))
