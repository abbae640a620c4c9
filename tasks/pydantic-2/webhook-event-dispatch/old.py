"""Dispatch payment-provider webhooks to handlers by event type."""
from typing import Callable, Dict

from pydantic import BaseModel


class ChargeSucceeded(BaseModel):
    charge_id: str
    amount_cents: int
    currency: str


class RefundCreated(BaseModel):
    refund_id: str
    charge_id: str
    amount_cents: int


EVENT_MODELS = {"charge.succeeded": ChargeSucceeded, "refund.created": RefundCreated}


def dispatch_webhook(payload: dict, handlers: Dict[str, Callable]) -> object:
    """Validate payload['data'] with the model for payload['type'] and call its handler."""
    event_type = payload.get("type")
    if event_type not in EVENT_MODELS:
        raise KeyError(f"unknown event type {event_type!r}")
    event = EVENT_MODELS[event_type].parse_obj(payload.get("data", {}))
    handler = handlers.get(event_type)
    return handler(event) if handler else None
