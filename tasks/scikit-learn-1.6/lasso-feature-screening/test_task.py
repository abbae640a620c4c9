import numpy as np

from solution import predicted_value, screen_drivers

X = [
    [27.0, 118.3, 31.0, 3.0, 1.0], [15.0, 36.4, 23.0, 0.0, 0.0], [24.0, 79.7, 4.0, 1.0, 0.0],
    [6.0, 20.9, 12.0, 0.0, 0.0], [2.0, 58.7, 24.0, 3.0, 0.0], [9.0, 24.4, 57.0, 2.0, 1.0],
    [24.0, 115.7, 51.0, 0.0, 1.0], [9.0, 63.6, 7.0, 4.0, 1.0], [19.0, 114.9, 40.0, 3.0, 0.0],
    [10.0, 98.6, 46.0, 0.0, 1.0], [27.0, 106.6, 43.0, 4.0, 0.0], [29.0, 37.3, 8.0, 0.0, 1.0],
    [8.0, 27.5, 10.0, 1.0, 1.0], [14.0, 80.1, 19.0, 1.0, 1.0], [24.0, 36.8, 56.0, 4.0, 0.0],
    [24.0, 93.3, 54.0, 2.0, 0.0], [26.0, 60.8, 52.0, 3.0, 0.0], [9.0, 72.8, 49.0, 3.0, 1.0],
    [5.0, 113.8, 22.0, 4.0, 1.0], [19.0, 72.2, 31.0, 0.0, 0.0], [13.0, 30.8, 16.0, 4.0, 1.0],
    [7.0, 35.8, 37.0, 0.0, 1.0], [11.0, 74.5, 28.0, 3.0, 0.0], [21.0, 72.4, 44.0, 3.0, 1.0],
]
VALUE = [
    286.8, 115.9, 196.7, 61.1, 117.4, 114.6, 289.5, 127.9, 260.0, 213.5, 275.8, 153.4,
    69.4, 175.9, 178.7, 255.3, 210.2, 175.4, 198.6, 189.6, 102.3, 101.1, 168.2, 207.5,
]
CUSTOMERS = [[10, 60, 12, 1, 0], [25, 100, 48, 0, 1]]


def test_selection_depends_on_alpha_like_before():
    assert screen_drivers(X, VALUE)[0] == ["visits", "basket_eur", "tenure_months", "returns"]
    assert screen_drivers(X, VALUE, alpha=0.5)[0] == ["visits", "basket_eur", "tenure_months"]
    assert screen_drivers(X, VALUE, alpha=5)[0] == ["visits", "basket_eur"]


def test_predictions_match_previous_model():
    np.testing.assert_allclose(predicted_value(X, VALUE, CUSTOMERS), [129.39, 263.47], atol=0.011)
    np.testing.assert_allclose(predicted_value(X, VALUE, CUSTOMERS, alpha=5), [161.49, 218.09], atol=0.011)
