from solution import best_month, monthly_revenue

ORDERS = [
    {"placed_at": "2024-01-15 10:00", "amount": 100.0, "status": "paid"},
    {"placed_at": "2024-01-31 23:59", "amount": 50.25, "status": "paid"},
    {"placed_at": "2024-02-01 00:01", "amount": 999.0, "status": "refunded"},
    {"placed_at": "2024-04-02 08:00", "amount": 75.5, "status": "paid"},
    {"placed_at": "2024-02-29 12:00", "amount": 10.0, "status": "paid"},
]


def test_totals_per_month_end_including_empty_months():
    assert monthly_revenue(ORDERS) == {
        "2024-01-31": 150.25,
        "2024-02-29": 10.0,
        "2024-03-31": 0.0,
        "2024-04-30": 75.5,
    }


def test_other_status_and_best_month():
    assert monthly_revenue(ORDERS, status="refunded") == {"2024-02-29": 999.0}
    assert best_month(ORDERS) == "2024-01-31"
