from solution import business_days


def test_two_weeks_without_holidays():
    count, mondays = business_days("2024-03-04", "2024-03-18")
    assert count == 10
    assert mondays == ["2024-03-04", "2024-03-11"]


def test_holidays_are_excluded():
    count, mondays = business_days("2024-12-23", "2025-01-06", holidays=["2024-12-25", "2024-12-26", "2025-01-01", "2024-12-28"])
    assert count == 7
    assert mondays == ["2024-12-23", "2024-12-30"]
