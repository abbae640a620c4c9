"""Normalise URLs to origin keys so per-origin connection limits can be enforced."""
import urllib3

DEFAULT_PORTS = {"http": 80, "https": 443}


def origin_key(url):
    """(scheme, host, port) with the default port filled in; URLs without scheme are http."""
    scheme, host, port = urllib3.get_host(url)
    if scheme not in DEFAULT_PORTS:
        raise ValueError(f"unsupported scheme {scheme!r} in {url!r}")
    if not host:
        raise ValueError(f"no host in {url!r}")
    return scheme, host, port or DEFAULT_PORTS[scheme]


def origin_string(url):
    scheme, host, port = origin_key(url)
    if port == DEFAULT_PORTS[scheme]:
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


class OriginLimiter:
    def __init__(self, per_origin):
        self.per_origin = per_origin
        self.active = {}

    def acquire(self, url):
        key = origin_key(url)
        if self.active.get(key, 0) >= self.per_origin:
            return False
        self.active[key] = self.active.get(key, 0) + 1
        return True

    def release(self, url):
        key = origin_key(url)
        self.active[key] -= 1
