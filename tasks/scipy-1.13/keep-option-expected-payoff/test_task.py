import pytest

from solution import expected_payoff


def test_at_the_money_matches_black_scholes():
    price, prob = expected_payoff(100, 100, 0.05, 0.2, 1.0)
    assert price == pytest.approx(10.4506, abs=1e-4)
    assert prob == pytest.approx(0.5596, abs=1e-4)


def test_out_of_the_money():
    assert expected_payoff(100, 120, 0.01, 0.3, 0.5) == (pytest.approx(2.6056, abs=1e-4), pytest.approx(0.1731, abs=1e-4))


def test_deep_in_the_money_is_forward_minus_strike():
    price, prob = expected_payoff(50, 10, 0.0, 0.1, 1.0)
    assert price == pytest.approx(40.0, abs=1e-4)
    assert prob == pytest.approx(1.0, abs=1e-4)
