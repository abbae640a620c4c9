import numpy as np
import pytest

from solution import ReadingBuffer


def test_partial_buffer_keeps_order_and_precision():
    buf = ReadingBuffer(4)
    buf.push(1.5)
    buf.push(0.1)
    vals = buf.values()
    assert vals.dtype == np.dtype("float64")
    assert vals.tolist() == [1.5, 0.1]
    assert buf.mean() == pytest.approx(0.8)


def test_wraps_around_oldest_first():
    buf = ReadingBuffer(3)
    for v in [10, 20, 30, 40, 50]:
        buf.push(v)
    assert buf.values().tolist() == [30.0, 40.0, 50.0]
    assert buf.mean() == 40.0


def test_empty_and_invalid():
    assert ReadingBuffer(2).mean() is None
    assert ReadingBuffer(2).values().tolist() == []
    with pytest.raises(ValueError):
        ReadingBuffer(0)
