"""Decide whether a request should bypass the corporate proxy, following NO_PROXY rules."""
from urllib3.util import get_host


def parse_no_proxy(value):
    """'a.com, .b.org,10.0.0.1:8080' -> list of (host suffix, port or None)."""
    rules = []
    for item in (value or "").split(","):
        item = item.strip().lower()
        if not item:
            continue
        host, _, port = item.partition(":")
        rules.append((host.lstrip("*"), int(port) if port else None))
    return rules


def bypass_proxy(url, no_proxy):
    if no_proxy.strip() == "*":
        return True
    scheme, host, port = get_host(url)
    port = port or (443 if scheme == "https" else 80)
    for suffix, rule_port in parse_no_proxy(no_proxy):
        if rule_port is not None and rule_port != port:
            continue
        if host == suffix.lstrip(".") or host.endswith("." + suffix.lstrip(".")):
            return True
    return False
