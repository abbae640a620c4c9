"""Default request headers for the CLI tool, built from its configuration file."""
from urllib3.util import make_headers

VERSION = "4.2.0"


def request_headers(config):
    """Headers for every request; ``config`` keys: user, password, proxy_user, proxy_password,
    compress (bool), no_cache (bool), keep_alive (bool, default True)."""
    options = {
        "user_agent": f"reportctl/{VERSION}",
        "keep_alive": config.get("keep_alive", True),
        "disable_cache": config.get("no_cache", False),
    }
    if config.get("compress"):
        options["accept_encoding"] = ["gzip", "deflate"]
    if config.get("user"):
        if not config.get("password"):
            raise ValueError("password is required when user is set")
        options["basic_auth"] = f"{config['user']}:{config['password']}"
    if config.get("proxy_user"):
        options["proxy_basic_auth"] = f"{config['proxy_user']}:{config.get('proxy_password', '')}"
    headers = make_headers(**options)
    headers["accept"] = "application/json"
    return headers
