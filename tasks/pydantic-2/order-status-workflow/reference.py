"""Order fulfilment workflow: transitions produce a new order object with an audit trail."""
from datetime import datetime
from typing import List, Tuple

from pydantic import BaseModel

TRANSITIONS = {
    "placed": {"paid", "cancelled"},
    "paid": {"shipped", "refunded"},
    "shipped": {"delivered"},
}


class Order(BaseModel):
    number: str
    status: str = "placed"
    history: List[Tuple[str, datetime]] = []


class TransitionError(Exception):
    pass


def advance(order: Order, new_status: str, at: datetime) -> Order:
    allowed = TRANSITIONS.get(order.status, set())
    if new_status not in allowed:
        raise TransitionError(f"{order.number}: {order.status} -> {new_status} not allowed")
    return order.model_copy(update={"status": new_status, "history": order.history + [(order.status, at)]})


def replay(number: str, events: List[Tuple[str, datetime]]) -> Order:
    """Rebuild an order from its status events, oldest first."""
    order = Order(number=number)
    for status, at in events:
        order = advance(order, status, at)
    return order
