import pytest

from solution import sign_test

BEFORE = [142, 150, 138, 160, 155, 149, 147, 151, 158, 144, 139]
AFTER = [135, 148, 138, 152, 150, 151, 140, 146, 150, 141, 136]


def test_two_sided():
    result = sign_test(BEFORE, AFTER)
    assert (result.improved, result.worsened, result.ties) == (9, 1, 1)
    assert result.p_value == pytest.approx(0.021484375, rel=1e-12)
    assert isinstance(result.p_value, float)


def test_one_sided():
    assert sign_test(BEFORE, AFTER, alternative="greater").p_value == pytest.approx(0.0107421875, rel=1e-12)
    assert sign_test(BEFORE, AFTER, alternative="less").p_value == pytest.approx(0.9990234375, rel=1e-12)


def test_all_ties():
    assert tuple(sign_test([1, 2], [1, 2])) == (0, 0, 2, 1.0)
