from datetime import datetime

import pytest

from solution import Order, TransitionError, advance, replay

T1, T2, T3 = datetime(2024, 5, 1, 9), datetime(2024, 5, 1, 12), datetime(2024, 5, 3, 8)


def test_replay_happy_path():
    order = replay("SO-1", [("paid", T1), ("shipped", T2), ("delivered", T3)])
    assert isinstance(order, Order)
    assert order.status == "delivered"
    assert order.history == [("placed", T1), ("paid", T2), ("shipped", T3)]


def test_advance_leaves_original_untouched():
    placed = Order(number="SO-2")
    paid = advance(placed, "paid", T1)
    assert placed.status == "placed" and placed.history == []
    assert paid.status == "paid" and paid.number == "SO-2"
    refunded = advance(paid, "refunded", T2)
    assert paid.history == [("placed", T1)]
    assert refunded.history == [("placed", T1), ("paid", T2)]


def test_illegal_transitions():
    with pytest.raises(TransitionError, match="SO-3: placed -> shipped not allowed"):
        replay("SO-3", [("shipped", T1)])
    cancelled = advance(Order(number="SO-4"), "cancelled", T1)
    with pytest.raises(TransitionError):
        advance(cancelled, "paid", T2)
