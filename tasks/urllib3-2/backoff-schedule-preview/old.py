"""Show operators the sleep schedule that a retry configuration produces."""
from urllib3.util import Retry


def backoff_schedule(backoff_factor, attempts):
    """Seconds slept before each retry, mirroring urllib3's exponential backoff with its cap."""
    if backoff_factor < 0 or attempts < 0:
        raise ValueError("backoff_factor and attempts must be >= 0")
    delays = []
    for consecutive_errors in range(1, attempts + 1):
        if consecutive_errors <= 1:
            delays.append(0.0)
            continue
        delay = backoff_factor * (2 ** (consecutive_errors - 1))
        delays.append(float(min(delay, Retry.BACKOFF_MAX)))
    return delays


def describe(backoff_factor, attempts):
    delays = backoff_schedule(backoff_factor, attempts)
    return f"{attempts} attempts, {sum(delays):g}s total sleep, cap {Retry.BACKOFF_MAX}s"
