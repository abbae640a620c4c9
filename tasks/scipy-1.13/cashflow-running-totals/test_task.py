import numpy as np
import pytest

from solution import CashflowPlan


def test_running_balance_values_and_dtype():
    plan = CashflowPlan([-100, 30, 40, 50])
    balance = plan.running_balance()
    assert balance.dtype == np.float64
    np.testing.assert_allclose(balance, [-100.0, -70.0, -30.0, 20.0])


def test_running_balance_with_opening_amount():
    plan = CashflowPlan([-500, 100, 100, 100, 100, 150])
    np.testing.assert_allclose(
        plan.running_balance(opening=50), [-450.0, -350.0, -250.0, -150.0, -50.0, 100.0]
    )


def test_payback_period():
    assert CashflowPlan([-100, 30, 40, 50]).payback_period() == 4
    assert CashflowPlan([-500, 100, 100, 100, 100, 150]).payback_period(opening=50) == 6
    assert CashflowPlan([-100, 10, 10]).payback_period() is None
    assert CashflowPlan([25, -10]).payback_period() == 1


def test_npv_discounts_each_period():
    assert CashflowPlan([-100, 30, 40, 50], annual_rate=0.1).npv() == pytest.approx(-1.91)
    assert CashflowPlan([-100, 30, 40, 50]).npv() == pytest.approx(20.0)
