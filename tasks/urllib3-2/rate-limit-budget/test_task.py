import io

from urllib3.response import HTTPResponse

from solution import RateBudget, budget_from_response, wait_seconds


def _resp(status=200, **headers):
    headers = {k.replace("_", "-"): v for k, v in headers.items()}
    return HTTPResponse(body=io.BytesIO(b"{}"), headers=headers, status=status, preload_content=False)


def test_budget_from_headers():
    resp = _resp(**{"x_ratelimit_limit": "100", "X_RateLimit_Remaining": "42", "x_ratelimit_reset_after": "12.5"})
    assert budget_from_response(resp) == RateBudget(limit=100, remaining=42, reset_after=12.5)
    assert wait_seconds(resp) == 0.0


def test_defaults_without_headers():
    budget = budget_from_response(_resp())
    assert budget == RateBudget(limit=60, remaining=60, reset_after=0.0)
    assert budget_from_response(_resp(), default_limit=5).remaining == 5


def test_wait_when_exhausted_or_throttled():
    assert wait_seconds(_resp(**{"X-RateLimit-Remaining": "0", "X-RateLimit-Reset-After": "30"})) == 30.0
    assert wait_seconds(_resp(status=429, **{"Retry-After": "7"})) == 7.0
    assert wait_seconds(_resp(status=429)) == 1.0
