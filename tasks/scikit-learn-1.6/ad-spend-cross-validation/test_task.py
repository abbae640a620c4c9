import numpy as np
import pytest

from solution import evaluate_spend_model

rng = np.random.RandomState(0)
SPEND = rng.uniform(0, 100, size=(40, 2))
SALES = 3.0 * SPEND[:, 0] + 0.5 * SPEND[:, 1] + 20.0


def test_exact_linear_relation():
    result = evaluate_spend_model(SPEND, SALES)
    assert (result["n_train"], result["n_test"]) == (30, 10)
    assert result["holdout_r2"] == 1.0
    assert result["cv_r2"] == [1.0, 1.0, 1.0, 1.0]
    assert result["coef"] == [3.0, 0.5]


def test_noise_lowers_scores():
    noisy = SALES + rng.normal(0, 40, size=40)
    result = evaluate_spend_model(SPEND, noisy, seed=1)
    assert 0.5 < result["holdout_r2"] < 1.0
    assert all(s < 1.0 for s in result["cv_r2"])
    assert result["coef"][0] == pytest.approx(3.0, abs=0.6)
