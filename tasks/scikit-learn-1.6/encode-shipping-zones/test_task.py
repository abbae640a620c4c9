import numpy as np

from solution import ZoneEncoder

HISTORY = [
    {"zone": "north", "carrier": "dhl"},
    {"zone": "south", "carrier": "ups"},
    {"zone": "east", "carrier": "dhl"},
    {"zone": "north", "carrier": "fedex"},
]


def test_dense_encoding_of_known_values():
    encoder = ZoneEncoder().fit(HISTORY)
    assert encoder.width() == 6
    result = encoder.transform([{"zone": "south", "carrier": "fedex"}, {"zone": "east", "carrier": "dhl"}])
    assert isinstance(result, np.ndarray)
    assert result.shape == (2, 6)
    # categories are sorted: east, north, south | dhl, fedex, ups
    assert result.tolist() == [[0.0, 0.0, 1.0, 0.0, 1.0, 0.0], [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]]


def test_unknown_values_become_zero_rows():
    encoder = ZoneEncoder().fit(HISTORY)
    result = encoder.transform([{"zone": "west", "carrier": "ups"}])
    assert isinstance(result, np.ndarray)
    assert result.tolist() == [[0.0, 0.0, 0.0, 0.0, 0.0, 1.0]]
