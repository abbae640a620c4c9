import pytest

from solution import BillingSchedule


def test_due_dates_are_month_ends():
    plan = BillingSchedule("2024-01-10", 4, 400)
    assert plan.due_dates() == ["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30"]


def test_amounts_absorb_rounding_in_last_instalment():
    frame = BillingSchedule("2023-11-30", 3, 100).as_frame()
    assert list(frame["due"]) == ["2023-11-30", "2023-12-31", "2024-01-31"]
    assert list(frame["amount"]) == [33.33, 33.33, 33.34]


def test_invalid_plan():
    with pytest.raises(ValueError):
        BillingSchedule("2024-01-01", 0, 10)
