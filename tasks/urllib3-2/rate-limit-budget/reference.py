"""Client-side rate-limit bookkeeping from X-RateLimit-* response headers."""
from dataclasses import dataclass


@dataclass
class RateBudget:
    limit: int
    remaining: int
    reset_after: float

    @property
    def exhausted(self):
        return self.remaining <= 0


def budget_from_response(response, default_limit=60):
    """Read the rate-limit headers of an urllib3 response (missing headers mean "no limit info")."""
    limit = int(response.headers.get("X-RateLimit-Limit", default_limit))
    remaining = int(response.headers.get("X-RateLimit-Remaining", limit))
    retry_after = response.headers.get("Retry-After")
    if retry_after is not None:
        reset_after = float(retry_after)
    else:
        reset_after = float(response.headers.get("X-RateLimit-Reset-After", "0"))
    return RateBudget(limit=limit, remaining=remaining, reset_after=reset_after)


def wait_seconds(response):
    """How long to pause before the next call."""
    budget = budget_from_response(response)
    if response.status == 429 or budget.exhausted:
        return max(budget.reset_after, 1.0)
    return 0.0
