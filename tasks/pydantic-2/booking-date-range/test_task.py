import pytest
from pydantic import ValidationError

from solution import quote_stay


def test_three_night_double():
    assert quote_stay({"room": "double", "check_in": "2024-05-01", "check_out": "2024-05-04", "guests": 2}) == {
        "nights": 3,
        "total": 360,
    }


def test_month_boundary_single():
    assert quote_stay({"room": "single", "check_in": "2024-02-28", "check_out": "2024-03-01"}) == {
        "nights": 2,
        "total": 160,
    }


@pytest.mark.parametrize("check_out", ["2024-05-01", "2024-04-30"])
def test_check_out_not_after_check_in(check_out):
    with pytest.raises(ValidationError, match="check_out must be after check_in"):
        quote_stay({"room": "suite", "check_in": "2024-05-01", "check_out": check_out})


def test_single_room_capacity():
    with pytest.raises(ValidationError, match="a single room takes one guest"):
        quote_stay({"room": "single", "check_in": "2024-05-01", "check_out": "2024-05-02", "guests": 2})


def test_bad_date_still_rejected():
    with pytest.raises(ValidationError):
        quote_stay({"room": "suite", "check_in": "someday", "check_out": "2024-05-02"})
