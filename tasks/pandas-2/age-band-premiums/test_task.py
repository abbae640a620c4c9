import pytest

from solution import AgeBands


def _bands():
    return AgeBands([0, 18, 40, 65, 100], [30.0, 55.5, 80.0, 140.25])


def test_quote_assigns_bands_and_premiums():
    quote = _bands().quote([5, 18, 39, 64, 65, 99])
    assert list(quote["band"]) == ["0-17", "18-39", "18-39", "40-64", "65-99", "65-99"]
    assert list(quote["premium"]) == [30.0, 55.5, 55.5, 80.0, 140.25, 140.25]
    assert str(quote["premium"].dtype) == "float64"
    assert _bands().family_total([40, 38, 10, 8]) == 195.5


def test_invalid_edges_are_rejected():
    with pytest.raises(ValueError, match="strictly increasing"):
        AgeBands([0, 40, 18, 100], [1.0, 2.0, 3.0])
    with pytest.raises(ValueError, match="strictly increasing"):
        AgeBands([0, 18, 18, 100], [1.0, 2.0, 3.0])
    with pytest.raises(ValueError, match="expected 2 premiums"):
        AgeBands([0, 50, 100], [1.0])


def test_age_outside_range():
    with pytest.raises(ValueError, match="outside"):
        _bands().quote([30, 100])
