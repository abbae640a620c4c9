from solution import monthly_totals


def test_totals_with_unknown_amounts():
    months = ["2024-02", "2024-01", "2024-02", "2024-01", "2024-02"]
    amounts = [12.5, 100.0, None, 7.25, 30.0]
    assert monthly_totals(months, amounts) == {"2024-01": (107.25, 0), "2024-02": (42.5, 1)}


def test_all_unknown():
    assert monthly_totals(["m"], [None]) == {"m": (0.0, 1)}
