import pytest

from solution import fold


def test_fold():
    assert fold("2 * (3 + 4) - 1") == 13
    assert fold("1.5 * 2") == 3.0


def test_rejects_names():
    with pytest.raises(ValueError):
        fold("x + 1")
