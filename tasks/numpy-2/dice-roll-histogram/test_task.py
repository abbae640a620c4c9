import pytest

from solution import roll_frequencies


def test_frequencies_and_chi_square():
    freqs, chi2 = roll_frequencies([1, 2, 2, 3, 6, 6], sides=6)
    assert freqs == pytest.approx({1: 1 / 6, 2: 2 / 6, 3: 1 / 6, 4: 0.0, 5: 0.0, 6: 2 / 6})
    assert chi2 == pytest.approx(4.0)


def test_four_sided_die_from_tuple():
    freqs, chi2 = roll_frequencies((4, 4, 1, 2), sides=4)
    assert freqs[4] == 0.5
    assert chi2 == pytest.approx(2.0)


def test_invalid_rolls():
    with pytest.raises(ValueError):
        roll_frequencies([])
    with pytest.raises(ValueError):
        roll_frequencies([7])
