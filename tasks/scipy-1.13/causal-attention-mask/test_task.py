import numpy as np

from solution import attention_weights, causal_mask


def test_mask_is_boolean_lower_triangle():
    mask = causal_mask(4)
    assert mask.dtype == np.bool_
    assert mask.astype(int).tolist() == [[1, 0, 0, 0], [1, 1, 0, 0], [1, 1, 1, 0], [1, 1, 1, 1]]


def test_sliding_window_mask():
    mask = causal_mask(4, window=2)
    assert mask.dtype == np.bool_
    assert mask.astype(int).tolist() == [[1, 0, 0, 0], [1, 1, 0, 0], [0, 1, 1, 0], [0, 0, 1, 1]]


def test_attention_rows_sum_to_one_and_ignore_future():
    q = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    weights = attention_weights(q, q)
    np.testing.assert_allclose(
        weights,
        [[1.0, 0.0, 0.0], [0.33023845, 0.66976155, 0.0], [0.24825508, 0.24825508, 0.50348984]],
        rtol=1e-7,
    )
    np.testing.assert_allclose(attention_weights(q, q, window=1), np.eye(3))
