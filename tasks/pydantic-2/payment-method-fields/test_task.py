import pytest
from pydantic import ValidationError

from solution import Payment, checkout


def test_card_payment():
    assert checkout({"method": "card", "amount_cents": 1999, "card_number": "4111 1111 1111 1234"}) == (
        "charge card ****1234 19.99"
    )


def test_card_details_cleaned_and_iban_dropped():
    payment = Payment(method="card", amount_cents=5, card_number="4111 1111 1111 1234", iban="DE00")
    assert payment.card_number == "4111111111111234"
    assert payment.iban is None


def test_sepa_payment():
    assert checkout({"method": "sepa", "amount_cents": 250000, "iban": "DE89370400440532013000"}) == (
        "debit DE89370400440532013000 2500.00"
    )
    assert Payment(method="sepa", amount_cents=1, iban="X", card_number="1").card_number is None


@pytest.mark.parametrize(
    "payload, message",
    [
        ({"method": "card", "amount_cents": 1, "card_number": "4111"}, "16 digit card_number"),
        ({"method": "card", "amount_cents": 1}, "16 digit card_number"),
        ({"method": "sepa", "amount_cents": 1}, "sepa payments need an iban"),
        ({"method": "cash", "amount_cents": 1}, "unsupported method 'cash'"),
    ],
)
def test_rejected(payload, message):
    with pytest.raises(ValidationError, match=message):
        checkout(payload)
