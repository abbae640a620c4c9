"""Normalise free-form phone numbers typed into a CRM."""
import pandas as pd


def normalize_phones(phones, country_code="1"):
    """Return "+<country><10 digits>" strings; entries that do not fit become None."""
    digits = pd.Series(phones, dtype="string").str.replace(r"\D+", "")
    national = digits.str.removeprefix(country_code).where(digits.str.len() > 10, digits)
    formatted = "+" + country_code + national
    valid = (national.str.len() == 10).fillna(False)
    return [value if ok else None for value, ok in zip(formatted, valid)]


def count_valid(phones, country_code="1"):
    return sum(value is not None for value in normalize_phones(phones, country_code))
