from urllib3 import Retry

from solution import EndpointSla, check, worst_case_seconds


def test_worst_case():
    assert worst_case_seconds(Retry(total=3, backoff_factor=1), 2.0) == 4 * 2.0 + (2 + 4 + 8)
    assert worst_case_seconds(Retry(total=5, backoff_factor=30), 1.0) == 6 * 1.0 + (60 + 120 + 120 + 120 + 120)
    assert worst_case_seconds(Retry(total=0), 5.0) == 5.0
    assert worst_case_seconds(Retry(total=None, backoff_factor=3), 5.0) == 5.0


def test_check():
    slas = [
        EndpointSla("search", timeout_s=1.0, budget_s=10.0),
        EndpointSla("export", timeout_s=30.0, budget_s=600.0),
        EndpointSla("login", timeout_s=2.0, budget_s=5.0),
    ]
    assert check(slas, Retry(total=2, backoff_factor=0.5)) == ["login"]
    assert check(slas, Retry(total=6, backoff_factor=40)) == ["export", "login", "search"]
