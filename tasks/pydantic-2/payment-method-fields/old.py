"""Checkout payload validation: the required payment details depend on the method."""
from typing import Optional

from pydantic import BaseModel, root_validator


class Payment(BaseModel):
    method: str
    amount_cents: int
    card_number: Optional[str] = None
    iban: Optional[str] = None

    @root_validator
    def details_match_method(cls, values):
        method = values.get("method")
        if method == "card":
            number = (values.get("card_number") or "").replace(" ", "")
            if len(number) != 16 or not number.isdigit():
                raise ValueError("card payments need a 16 digit card_number")
            values["card_number"] = number
            values["iban"] = None
        elif method == "sepa":
            if not values.get("iban"):
                raise ValueError("sepa payments need an iban")
            values["card_number"] = None
        else:
            raise ValueError(f"unsupported method {method!r}")
        return values


def checkout(payload: dict) -> str:
    payment = Payment(**payload)
    if payment.method == "card":
        return f"charge card ****{payment.card_number[-4:]} {payment.amount_cents / 100:.2f}"
    return f"debit {payment.iban} {payment.amount_cents / 100:.2f}"
