import numpy as np
import pytest

from solution import MajorityVote


def modulo(rows):
    return [x % 3 for x in rows]


def always_one(rows):
    return [1 for _ in rows]


def capped(rows):
    return [min(x, 2) for x in rows]


def test_predict_returns_one_label_per_row():
    vote = MajorityVote([modulo, always_one, capped])
    result = vote.predict([0, 1, 2, 3, 4, 5])
    assert result.shape == (6,)
    assert result.tolist() == [0, 1, 2, 0, 1, 2]


def test_agreement_fractions():
    result = MajorityVote([modulo, always_one, capped]).agreement([0, 1, 2, 3])
    assert result.shape == (4,)
    np.testing.assert_allclose(result, [2 / 3, 1.0, 2 / 3, 1 / 3])


def test_single_model_and_empty():
    vote = MajorityVote([capped])
    assert vote.predict([7, 0]).tolist() == [2, 0]
    assert vote.agreement([7, 0]).tolist() == [1.0, 1.0]
    with pytest.raises(ValueError):
        MajorityVote([])
