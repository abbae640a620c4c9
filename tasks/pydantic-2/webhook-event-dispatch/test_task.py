import pytest
from pydantic import ValidationError

from solution import ChargeSucceeded, RefundCreated, dispatch_webhook


def test_charge_is_dispatched_as_model():
    received = []
    handlers = {"charge.succeeded": lambda event: received.append(event) or "ok"}
    payload = {"type": "charge.succeeded", "data": {"charge_id": "ch_1", "amount_cents": "1500", "currency": "eur"}}
    assert dispatch_webhook(payload, handlers) == "ok"
    (event,) = received
    assert isinstance(event, ChargeSucceeded)
    assert (event.charge_id, event.amount_cents, event.currency) == ("ch_1", 1500, "eur")


def test_event_without_handler():
    payload = {"type": "refund.created", "data": {"refund_id": "re_9", "charge_id": "ch_1", "amount_cents": 200}}
    assert dispatch_webhook(payload, {}) is None
    got = dispatch_webhook(payload, {"refund.created": lambda e: e})
    assert isinstance(got, RefundCreated) and got.amount_cents == 200


def test_unknown_type_and_bad_data():
    with pytest.raises(KeyError):
        dispatch_webhook({"type": "payout.paid", "data": {}}, {})
    with pytest.raises(ValidationError):
        dispatch_webhook({"type": "refund.created", "data": {"refund_id": "re_1"}}, {})
