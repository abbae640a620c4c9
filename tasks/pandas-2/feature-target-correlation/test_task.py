import pytest

from solution import strong_features

ROWS = [
    {"customer": "a", "plan": "basic", "tenure": 1, "tickets": 5, "spend": 10.0, "churned": 1},
    {"customer": "b", "plan": "pro", "tenure": 24, "tickets": 0, "spend": 80.0, "churned": 0},
    {"customer": "c", "plan": "basic", "tenure": 3, "tickets": 4, "spend": 12.0, "churned": 1},
    {"customer": "d", "plan": "team", "tenure": 36, "tickets": 1, "spend": 15.0, "churned": 0},
    {"customer": "e", "plan": "pro", "tenure": 12, "tickets": 2, "spend": 60.0, "churned": 0},
]


def test_text_columns_are_skipped_and_scores_sorted():
    assert strong_features(ROWS) == {"tickets": 0.924, "tenure": -0.817, "spend": -0.687}


def test_threshold_and_other_target():
    assert strong_features(ROWS, threshold=0.9) == {"tickets": 0.924}
    assert list(strong_features(ROWS, target="tenure", threshold=0.0)) == ["tickets", "churned", "spend"]


def test_missing_target():
    with pytest.raises(KeyError):
        strong_features(ROWS, target="revenue")
