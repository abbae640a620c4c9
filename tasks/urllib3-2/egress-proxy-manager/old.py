"""Outbound traffic of the batch workers goes through an authenticated HTTPS egress proxy."""
import ssl

import urllib3
from urllib3.util import make_headers, parse_url
from urllib3.util.ssl_ import create_urllib3_context


def egress_proxy(proxy_url, username=None, password=None, verify_proxy=True):
    """Return a ProxyManager for ``proxy_url``; the TLS hop to the proxy itself is pinned to 1.2."""
    proxy = parse_url(proxy_url)
    if proxy.scheme != "https":
        raise ValueError(f"egress proxy must use https, got {proxy.scheme!r}")
    if proxy.port is None:
        raise ValueError("egress proxy URL needs an explicit port")
    if (username is None) != (password is None):
        raise ValueError("give both username and password, or neither")
    proxy_context = create_urllib3_context(
        ssl_version=ssl.PROTOCOL_TLSv1_2,
        cert_reqs=ssl.CERT_REQUIRED if verify_proxy else ssl.CERT_NONE,
    )
    proxy_headers = {"X-Egress-Client": "batch-worker"}
    if username is not None:
        proxy_headers.update(make_headers(proxy_basic_auth=f"{username}:{password}"))
    return urllib3.ProxyManager(
        proxy.url,
        num_pools=8,
        proxy_headers=proxy_headers,
        proxy_ssl_context=proxy_context,
    )
