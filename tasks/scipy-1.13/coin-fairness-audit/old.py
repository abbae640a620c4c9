"""Audit the physical coins used in a tabletop game tournament."""
from collections import Counter

from scipy.stats import binom_test


class CoinAudit:
    def __init__(self, coin_id):
        self.coin_id = coin_id
        self.tally = Counter()

    def record(self, flips):
        """Record a string of flips such as 'HTTHH' (case-insensitive)."""
        for face in flips.upper():
            if face not in "HT":
                raise ValueError(f"unexpected face {face!r}")
            self.tally[face] += 1
        return self

    @property
    def total(self):
        return self.tally["H"] + self.tally["T"]

    def p_value(self):
        if self.total == 0:
            raise ValueError("no flips recorded")
        return binom_test(self.tally["H"], self.total, 0.5)

    def verdict(self, alpha=0.01):
        return "biased" if self.p_value() < alpha else "fair"
