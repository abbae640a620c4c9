from solution import redact_first_card


def test_only_first_card():
    text = "paid with 4111 1111 1111 1234, refund to 5500-0000-0000-0004"
    assert redact_first_card(text) == "paid with 4111-XXXX-XXXX-1234, refund to 5500-0000-0000-0004"
