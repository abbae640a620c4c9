import re


def slugify_first(title):
    """Lowercase title; only the first run of spaces becomes a dash (legacy anchor scheme)."""
    return re.sub(r"\s+", "-", title.strip().lower(), count=1)
