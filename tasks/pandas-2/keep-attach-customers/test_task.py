import pandas as pd
import pytest

from solution import attach_customers, orders_without_customer


def _data():
    orders = pd.DataFrame({"order_id": [10, 11, 12, 13], "customer_id": [1, 2, 1, 7], "note": ["a", "b", "c", "d"]})
    customers = pd.DataFrame({"customer_id": [1, 2], "tier": ["gold", "basic"], "note": ["vip", ""]})
    return orders, customers


def test_left_join_keeps_every_order():
    orders, customers = _data()
    result = attach_customers(orders, customers)
    assert list(result["order_id"]) == [10, 11, 12, 13]
    assert list(result["tier"]) == ["gold", "basic", "gold", "none"]
    assert list(result["known_customer"]) == [True, True, True, False]
    assert list(result["note_customer"].fillna("?")) == ["vip", "", "vip", "?"]
    assert "_merge" not in result.columns


def test_unknown_orders_and_duplicate_customers():
    orders, customers = _data()
    assert orders_without_customer(orders, customers) == [13]
    doubled = pd.DataFrame({"customer_id": [1, 1], "tier": ["gold", "silver"], "note": ["", ""]})
    with pytest.raises(pd.errors.MergeError):
        attach_customers(orders, doubled)
