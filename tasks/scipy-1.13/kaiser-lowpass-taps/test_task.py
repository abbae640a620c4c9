import numpy as np
import pytest

from solution import LowpassDesign


def test_taps_are_symmetric_and_normalised():
    taps = LowpassDesign(100.0, 1000.0, numtaps=11, beta=5.0).taps()
    assert taps.shape == (11,)
    np.testing.assert_allclose(taps, taps[::-1], atol=1e-15)
    assert taps.sum() == pytest.approx(1.0)
    np.testing.assert_allclose(
        taps[:6],
        [0.0, 9.84387062e-03, 4.91761161e-02, 1.22709230e-01, 2.00815709e-01, 2.34910148e-01],
        rtol=1e-7, atol=1e-15,
    )


def test_step_response_settles_at_one():
    out = LowpassDesign(100.0, 1000.0, numtaps=11, beta=5.0).apply(np.ones(15))
    np.testing.assert_allclose(out[3:6], [0.181729217, 0.382544926, 0.617455074], rtol=1e-7)
    np.testing.assert_allclose(out[10:], np.ones(5), rtol=1e-12)


def test_nyquist_tone_is_suppressed():
    tone = np.where(np.arange(40) % 2 == 0, 1.0, -1.0)
    out = LowpassDesign(50.0, 1000.0).apply(tone)
    assert np.max(np.abs(out[-5:])) == pytest.approx(0.00011963, rel=1e-3)


def test_invalid_designs():
    with pytest.raises(ValueError):
        LowpassDesign(100.0, 1000.0, numtaps=10).taps()
    with pytest.raises(ValueError):
        LowpassDesign(600.0, 1000.0).taps()
