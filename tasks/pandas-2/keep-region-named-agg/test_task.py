from solution import region_totals

SALES = [
    {"order_id": 1, "region": "north", "amount": 20.0},
    {"order_id": 2, "region": "south", "amount": 55.5},
    {"order_id": 3, "region": "north", "amount": 10.0},
    {"order_id": 4, "region": "west", "amount": 5.0},
    {"order_id": 5, "region": "north", "amount": 12.5},
]


def test_rollup_values_and_order():
    result = region_totals(SALES)
    assert list(result.index) == ["south", "north", "west"]
    assert list(result.columns) == ["orders", "revenue", "avg_basket"]
    assert result.loc["north"].tolist() == [3, 42.5, 14.17]
    assert result.loc["south", "avg_basket"] == 55.5
    assert result["orders"].dtype.kind == "i"


def test_single_region():
    result = region_totals([{"order_id": 9, "region": "east", "amount": 3.0}])
    assert result.shape == (1, 3)
    assert result.loc["east", "revenue"] == 3.0
