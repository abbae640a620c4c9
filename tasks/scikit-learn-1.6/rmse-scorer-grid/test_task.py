from solution import RMSE, tune_penalty

DIST = [1.0, 2.5, 3.0, 4.2, 5.0, 6.1, 7.3, 8.0, 9.4]
STOPS = [1, 2, 1, 3, 2, 4, 3, 5, 4]
MINUTES = [8.1, 14.9, 13.2, 21.8, 20.1, 28.7, 29.9, 36.2, 37.0]


def test_best_penalty_and_score():
    alpha, rmse = tune_penalty(DIST, STOPS, MINUTES)
    assert alpha == 0.01
    assert abs(rmse - 0.599) < 1e-3


def test_large_penalties_only():
    alpha, rmse = tune_penalty(DIST, STOPS, MINUTES, alphas=(50.0, 500.0))
    assert alpha == 50.0
    assert abs(rmse - 8.579) < 1e-3


def test_scorer_is_negated_rmse():
    class Constant:
        def predict(self, X):
            return [10.0] * len(X)

    assert abs(RMSE(Constant(), [[0], [0]], [13.0, 6.0]) + 3.5355339) < 1e-6
