"""Dry-run a retry policy against a scripted sequence of failures, for the runbook docs."""
from urllib3.exceptions import ConnectTimeoutError, MaxRetryError, ReadTimeoutError
from urllib3.response import HTTPResponse
from urllib3.util.retry import Retry


def _outcome(event):
    if event == "connect-timeout":
        return {"error": ConnectTimeoutError("connect timed out")}
    if event == "read-timeout":
        return {"error": ReadTimeoutError(None, "/", "read timed out")}
    return {"response": HTTPResponse(body=b"", status=int(event), preload_content=False)}


def simulate_attempts(events, total=3, backoff_factor=0.5, method="GET", url="/api/orders"):
    """Log what urllib3's Retry does for each failed attempt in ``events`` (in order)."""
    retry = Retry(total=total, backoff_factor=backoff_factor, status_forcelist=[502, 503])
    log = []
    for attempt, event in enumerate(events, start=1):
        try:
            retry = retry.increment(method, url, **_outcome(event))
        except MaxRetryError as exc:
            log.append(f"attempt {attempt}: {event} -> give up ({type(exc.reason).__name__})")
            return log
        log.append(f"attempt {attempt}: {event} -> retry in {retry.get_backoff_time():g}s, {retry.total} left")
    return log
