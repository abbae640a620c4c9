"""Decide which queued requests an offline-first mobile sync agent may replay blindly."""
import urllib3


def is_replay_safe(method, headers=None):
    """True when a request can be re-sent without risking a duplicate side effect."""
    if method.upper() in urllib3.Retry.DEFAULT_ALLOWED_METHODS:
        return True
    # Non-idempotent verbs are fine when the server deduplicates them.
    return bool(headers) and any(name.lower() == "idempotency-key" for name in headers)


def split_queue(queue):
    """Partition ``(method, url, headers)`` tuples into (replay, ask_user) lists of urls."""
    replay, ask_user = [], []
    for method, url, headers in queue:
        (replay if is_replay_safe(method, headers) else ask_user).append(url)
    return replay, ask_user
