"""Canonical form of service URLs, used as cache keys and for de-duplicating endpoint lists."""
from urllib.parse import parse_qsl, urlencode

from urllib3.util import Url, parse_url

DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(raw, default_scheme="https"):
    """Lower-case scheme and host, drop default ports, fragments and credentials, sort the query."""
    url = parse_url(raw.strip())
    if url.host is None:
        raise ValueError(f"no host in {raw!r}")
    scheme = (url.scheme or default_scheme).lower()
    if scheme not in DEFAULT_PORTS:
        raise ValueError(f"unsupported scheme {scheme!r}")
    port = None if url.port == DEFAULT_PORTS[scheme] else url.port
    query = urlencode(sorted(parse_qsl(url.query or "", keep_blank_values=True))) or None
    return Url(scheme=scheme, host=url.host.lower(), port=port, path=url.path or "/", query=query).url


def dedupe(urls):
    seen = {}
    for raw in urls:
        seen.setdefault(canonical_url(raw), raw)
    return sorted(seen)
