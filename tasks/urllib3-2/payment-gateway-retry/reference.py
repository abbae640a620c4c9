"""Retry policy for calls to the card-payment gateway."""
from urllib3.util import Retry

# The gateway deduplicates POSTs that carry an Idempotency-Key header, so those may be replayed.
READ_METHODS = frozenset(["GET", "HEAD", "OPTIONS"])
GATEWAY_BUSY = (429, 502, 503, 504)


def gateway_retry(idempotent_posts=False, attempts=4):
    """Build the Retry used by the payment client."""
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    methods = set(READ_METHODS)
    if idempotent_posts:
        methods.add("POST")
    return Retry(
        total=attempts,
        backoff_factor=0.25,
        status_forcelist=GATEWAY_BUSY,
        allowed_methods=frozenset(methods),
        raise_on_status=False,
    )
