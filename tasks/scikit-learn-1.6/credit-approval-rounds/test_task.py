import numpy as np

from solution import choose_rounds

rng = np.random.RandomState(3)
X = rng.uniform(0, 1, size=(80, 2))
y = ((X[:, 0] > 0.5) & (X[:, 1] > 0.3)).astype(int)


def test_rounds_and_accuracy():
    rounds, acc = choose_rounds(X[:60], y[:60], X[60:], y[60:])
    assert 1 <= rounds <= 40
    assert acc >= 0.9


def test_max_rounds_caps_result():
    rounds, acc = choose_rounds(X[:60], y[:60], X[60:], y[60:], max_rounds=3)
    assert 1 <= rounds <= 3
    assert 0.5 <= acc <= 1.0
