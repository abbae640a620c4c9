import pytest

from solution import SettlementFile

PAYMENTS = [
    {"reference": "INV-1001", "iban": "de89 3704 0044 0532 0130 00", "amount": 1250.5},
    {"reference": "INV-1002", "iban": "FR7630006000011234567890189", "amount": 99.999},
]


def test_batch_with_crlf_records():
    text = SettlementFile("BANKDEFF").render(PAYMENTS, "2024-07-05")
    assert text == (
        "HDR|BANKDEFF|20240705\r\n"
        "INV-1001|DE89370400440532013000|1250.50\r\n"
        "INV-1002|FR7630006000011234567890189|100.00\r\n"
        "TRL|2|1350.50\r\n"
    )


def test_custom_record_separator():
    text = SettlementFile("X1", newline="~\n").render(PAYMENTS[:1], "2023-12-31")
    assert text.split("~\n") == ["HDR|X1|20231231", "INV-1001|DE89370400440532013000|1250.50", "TRL|1|1250.50", ""]


def test_invalid_batches():
    writer = SettlementFile("X1")
    with pytest.raises(ValueError):
        writer.render([], "2024-01-01")
    with pytest.raises(ValueError):
        writer.render([{"reference": "R", "iban": "X", "amount": -5.0}], "2024-01-01")
