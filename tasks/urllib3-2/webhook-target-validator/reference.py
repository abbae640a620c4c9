"""Validate webhook target URLs that customers register in the dashboard."""
import ipaddress

from urllib3 import util as u3util

BLOCKED_HOSTS = {"localhost", "metadata.google.internal"}


class TargetError(ValueError):
    pass


def validate_target(url, allow_insecure=False):
    """Return the normalised target "scheme://host:port" or raise TargetError."""
    parsed = u3util.parse_url(url)
    scheme, host, port = parsed.scheme or "http", parsed.hostname, parsed.port
    if not host:
        raise TargetError("missing host")
    if scheme not in ("http", "https"):
        raise TargetError(f"scheme {scheme} not allowed")
    if scheme == "http" and not allow_insecure:
        raise TargetError("webhooks must use https")
    bare = host.strip("[]")
    try:
        ip = ipaddress.ip_address(bare)
    except ValueError:
        ip = None
    if bare in BLOCKED_HOSTS or (ip is not None and (ip.is_private or ip.is_loopback or ip.is_link_local)):
        raise TargetError(f"host {host} is not reachable from the internet")
    port = port or (443 if scheme == "https" else 80)
    return f"{scheme}://{host}:{port}"
