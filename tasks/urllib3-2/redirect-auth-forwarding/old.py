"""Strip credentials from redirected requests that leave the original origin."""
from urllib3.util import get_host

SENSITIVE = ("authorization", "cookie", "proxy-authorization")
_DEFAULT_PORT = {"http": 80, "https": 443}


def _origin(url):
    scheme, host, port = get_host(url)
    return scheme, host, port or _DEFAULT_PORT.get(scheme)


def same_origin(a, b):
    return _origin(a) == _origin(b)


def headers_for_redirect(original_url, location, headers):
    """Headers to send to ``location``; drops credentials unless the origin is unchanged."""
    if same_origin(original_url, location):
        return dict(headers)
    return {k: v for k, v in headers.items() if k.lower() not in SENSITIVE}
