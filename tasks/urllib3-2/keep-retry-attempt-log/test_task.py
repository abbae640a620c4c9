import pytest
from urllib3.exceptions import ReadTimeoutError

from solution import simulate_attempts


def test_mixed_failures_until_exhausted():
    assert simulate_attempts(["connect-timeout", "503", "read-timeout", "502"]) == [
        "attempt 1: connect-timeout -> retry in 0s, 2 left",
        "attempt 2: 503 -> retry in 1s, 1 left",
        "attempt 3: read-timeout -> retry in 2s, 0 left",
        "attempt 4: 502 -> give up (ResponseError)",
    ]


def test_backoff_factor_and_budget():
    assert simulate_attempts(["503", "503", "503"], total=5, backoff_factor=2) == [
        "attempt 1: 503 -> retry in 0s, 4 left",
        "attempt 2: 503 -> retry in 4s, 3 left",
        "attempt 3: 503 -> retry in 8s, 2 left",
    ]
    assert simulate_attempts(["connect-timeout"], total=0) == [
        "attempt 1: connect-timeout -> give up (ConnectTimeoutError)"
    ]
    assert simulate_attempts([]) == []


def test_read_timeout_on_post_is_not_retried():
    with pytest.raises(ReadTimeoutError):
        simulate_attempts(["read-timeout"], method="POST")
