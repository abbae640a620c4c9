"""Dense one-hot features for the shipping-cost model (zones and carriers)."""
import numpy as np
from sklearn.preprocessing import OneHotEncoder


class ZoneEncoder:
    """Learns the known (zone, carrier) values once and encodes new orders densely."""

    def __init__(self):
        self._encoder = OneHotEncoder(sparse_output=False, handle_unknown="ignore")

    def fit(self, orders):
        self._encoder.fit(self._table(orders))
        return self

    def transform(self, orders):
        return self._encoder.transform(self._table(orders))

    def width(self):
        return sum(len(values) for values in self._encoder.categories_)

    @staticmethod
    def _table(orders):
        return np.array([[order["zone"], order["carrier"]] for order in orders], dtype=object)
