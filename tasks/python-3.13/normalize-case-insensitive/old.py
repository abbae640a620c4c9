import re


def normalize_units(text):
    """Spell out 'kg' in any letter case, everywhere in text."""
    return re.sub(r"\bkg\b", "kilograms", text, 0, re.IGNORECASE)
