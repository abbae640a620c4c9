"""Derive per-job retry policies from the application's base Retry object."""
from urllib3 import Retry

BASE_RETRY = Retry(total=3, backoff_factor=0.1, status_forcelist=[502, 503], allowed_methods=["GET", "HEAD"])


def allow_methods(retry, *verbs):
    """Copy of ``retry`` that additionally retries ``verbs`` (counters and history are kept)."""
    current = retry.method_whitelist
    if current is False:
        return retry.new()  # already retries every verb
    widened = frozenset(current) | {verb.upper() for verb in verbs}
    return retry.new(method_whitelist=widened)


def bulk_import_retry(base=BASE_RETRY):
    """Bulk imports upsert rows by primary key, so PUT and DELETE are safe to replay."""
    return allow_methods(base, "put", "delete")
