"""Check that a client's retry settings fit inside the latency SLA of an endpoint."""
from dataclasses import dataclass

import urllib3


@dataclass(frozen=True)
class EndpointSla:
    name: str
    timeout_s: float  # per attempt
    budget_s: float  # end-to-end


def worst_case_seconds(retry, timeout_s):
    """Every attempt times out and every backoff sleep is taken (sleeps capped like urllib3)."""
    attempts = 1 + (retry.total or 0)
    sleeps = 0.0
    for errors in range(2, attempts + 1):
        sleeps += min(retry.backoff_factor * 2 ** (errors - 1), urllib3.Retry.BACKOFF_MAX)
    return attempts * timeout_s + sleeps


def check(slas, retry):
    """Names of the endpoints whose budget the retry policy can exceed, sorted."""
    return sorted(s.name for s in slas if worst_case_seconds(retry, s.timeout_s) > s.budget_s)
