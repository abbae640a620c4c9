import pytest

from solution import trade_balance

FLOWS = [
    ("NL", "DE", 120.0),
    ("DE", "NL", 80.0),
    ("DE", "FR", 50.0),
    ("FR", "NL", 30.0),
    ("NL", "DE", 5.0),
    ("ES", "FR", 10.0),
]


def test_balances():
    assert trade_balance(FLOWS) == {
        "DE": (130.0, 125.0, 5.0),
        "ES": (10.0, 0.0, 10.0),
        "FR": (30.0, 60.0, -30.0),
        "NL": (125.0, 110.0, 15.0),
    }


def test_custom_weight_name_and_float_values():
    result = trade_balance([("a", "b", 2), ("b", "c", 3)], weight="usd")
    assert result == {"a": (2.0, 0.0, 2.0), "b": (3.0, 2.0, 1.0), "c": (0.0, 3.0, -3.0)}
    assert all(type(x) is float for values in result.values() for x in values)


def test_negative_flow_rejected():
    with pytest.raises(ValueError):
        trade_balance([("a", "b", -1.0)])
