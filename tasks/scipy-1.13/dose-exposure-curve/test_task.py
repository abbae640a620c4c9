import numpy as np
import pytest

from solution import ExposureProfile

HOURS = [0, 0.5, 1, 2, 4, 8, 12]
CONC = [0, 4.1, 6.3, 5.2, 3.0, 1.1, 0.4]


def test_cumulative_auc_starts_at_zero():
    auc = ExposureProfile(HOURS, CONC).cumulative_auc()
    assert auc.shape == (7,)
    np.testing.assert_allclose(auc, [0.0, 1.025, 3.625, 9.375, 17.575, 25.775, 28.775])


def test_total_and_fraction_times():
    profile = ExposureProfile(HOURS, CONC)
    assert profile.total_auc() == pytest.approx(28.775)
    assert profile.time_to_fraction() == 4.0
    assert profile.time_to_fraction(0.9) == 12.0
    assert profile.time_to_fraction(0.3) == 2.0


def test_mismatched_samples():
    with pytest.raises(ValueError):
        ExposureProfile([0, 1, 2], [1.0, 2.0])
