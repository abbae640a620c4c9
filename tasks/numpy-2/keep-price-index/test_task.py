import pytest

from solution import annual_change, price_index


def test_index_levels():
    assert price_index([1.1, 0.5, 2.0]).tolist() == pytest.approx([110.0, 55.0, 110.0])
    assert annual_change([1.1, 0.5, 2.0]) == pytest.approx(0.1)


def test_invalid():
    with pytest.raises(ValueError):
        price_index([1.0, 0.0])
