"""Security review helper: summarise how the HTTP clients of a service will retry."""
from urllib3.util import Retry

UNSAFE = {"POST", "PATCH"}


def audit_retries(pool_manager):
    """Return a report dict for the retry policy configured on ``pool_manager``."""
    retries = pool_manager.connection_pool_kw.get("retries", Retry.DEFAULT)
    if not isinstance(retries, Retry):
        retries = Retry.from_int(retries)
    methods = retries.method_whitelist
    if methods is False or methods is None:
        listed = "any"
        unsafe = sorted(UNSAFE)
    else:
        listed = sorted(m.upper() for m in methods)
        unsafe = sorted(UNSAFE.intersection(listed))
    return {
        "total": retries.total,
        "methods": listed,
        "unsafe_methods": unsafe,
        "statuses": sorted(retries.status_forcelist),
        "ok": not unsafe,
    }
