import numpy as np

from solution import design_matrix, level_effects

FACTORS = [["L", "red"], ["M", "red"], ["S", "blue"], ["L", "blue"], ["M", "blue"], ["S", "red"]]
PRICES = [12.0, 10.0, 7.0, 13.0, 11.0, 6.0]


def test_design_matrix_is_dense_without_baselines():
    X, _ = design_matrix(FACTORS)
    assert isinstance(X, np.ndarray)
    assert X.dtype == np.float64
    # size levels L, M, S -> L dropped; colour levels blue, red -> blue dropped
    assert X.tolist() == [
        [0.0, 0.0, 1.0],
        [1.0, 0.0, 1.0],
        [0.0, 1.0, 0.0],
        [0.0, 0.0, 0.0],
        [1.0, 0.0, 0.0],
        [0.0, 1.0, 1.0],
    ]


def test_level_effects():
    baseline, effects = level_effects(FACTORS, PRICES)
    assert baseline == 13.0
    assert effects == {"size=M": -2.0, "size=S": -6.0, "colour=red": -1.0}
