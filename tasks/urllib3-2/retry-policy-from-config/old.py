"""Build urllib3 retry policies from the [http] section of the service config file."""
from urllib3.util.retry import Retry


def _csv(value):
    return [part.strip() for part in str(value).split(",") if part.strip()]


def retry_from_config(section):
    """``section`` is a flat dict of strings, as read by configparser."""
    attempts = int(section.get("attempts", "3"))
    if attempts == 0:
        return Retry(total=False)
    statuses = [int(code) for code in _csv(section.get("retry_statuses", ""))]
    methods = section.get("retry_methods", "").strip()
    if methods == "*":
        allowed = False  # retry on every verb
    elif methods:
        allowed = frozenset(m.upper() for m in _csv(methods))
    else:
        allowed = Retry.DEFAULT_ALLOWED_METHODS
    return Retry(
        total=attempts,
        backoff_factor=float(section.get("backoff", "0")),
        status_forcelist=statuses,
        method_whitelist=allowed,
        respect_retry_after_header=section.get("honor_retry_after", "yes") == "yes",
    )
