import pytest

from solution import growth_curve, max_drawdown


def test_compounding():
    curve = growth_curve([0.10, -0.20, 0.25], initial=1000.0)
    assert curve.tolist() == pytest.approx([1100.0, 880.0, 1100.0])
    assert max_drawdown(curve) == pytest.approx(0.2)


def test_fee_is_deducted_each_period():
    curve = growth_curve([0.0, 0.0], initial=100.0, fee_per_period=0.01)
    assert curve.tolist() == pytest.approx([99.0, 98.01])


def test_total_loss_rejected():
    with pytest.raises(ValueError):
        growth_curve([0.1, -1.0])
