import pytest

from solution import FlightBase, SeatMap


def test_free_seats_after_assignments():
    seats = SeatMap("LX318", rows=3, letters="ABC")
    seats.assign("Ada Byron", "2B")
    seats.assign("Alan T.", "2A")
    assert seats.free_seats(2) == ["2C"]
    assert seats.free_seats(1) == ["1A", "1B", "1C"]
    assert seats.free_seats(9) == []


def test_taken_or_missing_seat():
    seats = SeatMap("LX318", rows=1, letters="AB")
    seats.assign("Grace H.", "1A")
    with pytest.raises(ValueError, match="seat 1A is not available"):
        seats.assign("Someone Else", "1A")
    with pytest.raises(ValueError):
        seats.assign("Lost", "7Z")
    assert seats.free_seats(1) == ["1B"]


def test_base_name():
    assert FlightBase.__name__ == "FlightBase"
