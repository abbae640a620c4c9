import numpy as np

from solution import answer_counts, answer_matrix

RESPONSES = [
    {"satisfaction": "high", "channel": "chat"},
    {"satisfaction": "low", "channel": "email"},
    {"satisfaction": "high", "channel": "email"},
]


def test_matrix_layout_follows_declared_order():
    matrix, labels = answer_matrix(RESPONSES)
    assert labels[:3] == ["satisfaction=low", "satisfaction=medium", "satisfaction=high"]
    assert isinstance(matrix, np.ndarray)
    assert matrix.dtype.kind == "i"
    assert matrix.tolist() == [
        [0, 0, 1, 0, 0, 1],
        [1, 0, 0, 1, 0, 0],
        [0, 0, 1, 1, 0, 0],
    ]


def test_counts_per_answer():
    counts = answer_counts(RESPONSES)
    assert counts == {
        "satisfaction=low": 1,
        "satisfaction=medium": 0,
        "satisfaction=high": 2,
        "channel=email": 2,
        "channel=phone": 0,
        "channel=chat": 1,
    }
