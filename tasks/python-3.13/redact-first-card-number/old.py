import re

CARD = re.compile(r"\b(\d{4})[ -]?\d{4}[ -]?\d{4}[ -]?(\d{4})\b")


def redact_first_card(text):
    """Mask the first card number in a support ticket, keeping its first and last four digits."""
    return re.sub(CARD, r"\1-XXXX-XXXX-\2", text, 1)
