import math
import warnings

from solution import dominant_frequencies


def _signal():
    rate = 64
    return [
        3.0 * math.sin(2 * math.pi * 5 * n / rate) + 1.0 * math.sin(2 * math.pi * 12 * n / rate) + 0.5
        for n in range(rate)
    ], rate


def test_two_tones_found_without_warnings():
    samples, rate = _signal()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = dominant_frequencies(samples, rate)
    assert result == [(5.0, 3.0), (12.0, 1.0)]


def test_top_one():
    samples, rate = _signal()
    assert dominant_frequencies(samples, rate, top=1) == [(5.0, 3.0)]
