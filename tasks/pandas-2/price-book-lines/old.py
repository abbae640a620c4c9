import pandas as pd


class PriceBook:
    """Unit prices keyed by product code, backed by a float Series."""

    def __init__(self, prices):
        self.prices = pd.Series(prices, dtype="float64").sort_index()

    def with_discount(self, percent):
        factor = 1 - percent / 100
        return PriceBook((self.prices * factor).round(2).to_dict())

    def lines(self, currency="EUR"):
        out = []
        for code, price in self.prices.iteritems():
            out.append(f"{code:<6}{price:>9.2f} {currency}")
        return out

    def below(self, limit):
        return [code for code, price in self.prices.iteritems() if price < limit]
