import re


def squash_blank_lines(text, limit):
    """Collapse at most `limit` runs of blank lines into a single blank line; report how many."""
    result, n = re.subn(r"\n{3,}", "\n\n", text, count=limit)
    return result, n
