import pytest

from solution import winner


def test_rows_columns_diagonals():
    assert winner("XXX" "OO." "...") == "X"
    assert winner("XO." "XO." ".OX") == "O"
    assert winner("..X" ".XO" "XO.") == "X"


def test_draw_and_ongoing():
    assert winner("XOX" "XOO" "OXX") == "draw"
    assert winner("X.." "..." "..O") is None
    with pytest.raises(ValueError):
        winner("XO")
