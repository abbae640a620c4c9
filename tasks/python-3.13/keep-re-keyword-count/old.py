import re


def first_two_dashes(text):
    return re.sub(r"\s+", "-", text, count=2)
