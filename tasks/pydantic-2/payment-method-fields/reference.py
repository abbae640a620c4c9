"""Checkout payload validation: the required payment details depend on the method."""
from typing import Optional

from pydantic import BaseModel, model_validator


class Payment(BaseModel):
    method: str
    amount_cents: int
    card_number: Optional[str] = None
    iban: Optional[str] = None

    @model_validator(mode="after")
    def details_match_method(self):
        method = self.method
        if method == "card":
            number = (self.card_number or "").replace(" ", "")
            if len(number) != 16 or not number.isdigit():
                raise ValueError("card payments need a 16 digit card_number")
            self.card_number = number
            self.iban = None
        elif method == "sepa":
            if not self.iban:
                raise ValueError("sepa payments need an iban")
            self.card_number = None
        else:
            raise ValueError(f"unsupported method {method!r}")
        return self


def checkout(payload: dict) -> str:
    payment = Payment(**payload)
    if payment.method == "card":
        return f"charge card ****{payment.card_number[-4:]} {payment.amount_cents / 100:.2f}"
    return f"debit {payment.iban} {payment.amount_cents / 100:.2f}"
