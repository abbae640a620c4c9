"""Parse money amounts typed by users, such as "12.5 eur" or {"value": 3, "currency": "usd"}."""
from decimal import Decimal

from pydantic import BaseModel, field_validator

KNOWN_CURRENCIES = {"EUR", "USD", "GBP", "JPY", "CHF"}


class Amount(BaseModel):
    value: Decimal
    currency: str

    @field_validator("currency", mode="before")
    @classmethod
    def upper_code(cls, raw):
        if not isinstance(raw, str):
            raise ValueError("currency must be a string code")
        return raw.strip().upper()

    @field_validator("currency")
    @classmethod
    def known_code(cls, code):
        if code not in KNOWN_CURRENCIES:
            raise ValueError(f"unknown currency {code}")
        return code


def parse_amount(raw) -> Amount:
    if isinstance(raw, str):
        value, _, currency = raw.strip().partition(" ")
        raw = {"value": value, "currency": currency}
    return Amount(**raw)
