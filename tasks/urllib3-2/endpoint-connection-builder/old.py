"""Create (unconnected) low-level connections for the metrics scraper's targets."""
from urllib.parse import urlsplit

from urllib3.connection import HTTPConnection, HTTPSConnection


def connection_for(url, timeout=5.0):
    """Return an HTTP(S)Connection for ``url``; the scraper connects lazily on first request."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise ValueError(f"unsupported scheme: {parts.scheme!r}")
    if not parts.hostname:
        raise ValueError(f"no host in {url!r}")
    cls = HTTPSConnection if parts.scheme == "https" else HTTPConnection
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return cls(parts.hostname, port, timeout=timeout, strict=True)


def connections_for(urls, timeout=5.0):
    """One connection per distinct (scheme, host, port)."""
    conns = {}
    for url in urls:
        conn = connection_for(url, timeout)
        conns.setdefault((type(conn).__name__, conn.host, conn.port), conn)
    return list(conns.values())
