import pytest

from solution import king_moves


def test_moves_from_e1():
    result = king_moves("e1", ["e8", "a1", "f2", "h4"])
    assert result == {"f2": 1, "h4": 3, "a1": 4, "e8": 7}
    assert list(result) == ["f2", "h4", "a1", "e8"]


def test_same_square():
    assert king_moves("d4", ["d4"]) == {"d4": 0}


def test_invalid_square():
    with pytest.raises(ValueError):
        king_moves("z9", ["a1"])
