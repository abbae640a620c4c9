"""Queue consumer: how long a failed message waits before it is delivered again."""
from urllib3.util.retry import Retry


def _retry_after_seconds(value):
    if value is None:
        return None
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        return None
    return seconds if seconds >= 0 else None


def redelivery_delay(delivery_count, base=0.5, retry_after=None):
    """Delay in seconds before redelivering a message that failed ``delivery_count`` times.

    A Retry-After hint from the downstream service wins over exponential backoff, but no
    wait is ever longer than urllib3's backoff ceiling.
    """
    if delivery_count < 1:
        raise ValueError("delivery_count starts at 1")
    hinted = _retry_after_seconds(retry_after)
    if hinted is not None:
        return min(hinted, Retry.BACKOFF_MAX)
    return min(base * 2 ** (delivery_count - 1), Retry.BACKOFF_MAX)


def plan_redeliveries(failed):
    """Map message id -> delay for (message_id, delivery_count, retry_after) triples."""
    return {msg_id: redelivery_delay(count, retry_after=hint) for msg_id, count, hint in failed}
