"""Decide whether a CDN may store an origin response, and for how long."""


def _directives(value):
    out = {}
    for part in value.split(","):
        part = part.strip().lower()
        if not part:
            continue
        name, _, arg = part.partition("=")
        out[name] = arg.strip('"') or True
    return out


def cache_policy(response):
    """Return {"store": bool, "ttl": seconds, "vary": [header names]} for an urllib3 response."""
    headers = {name.lower(): value for name, value in response.headers.items()}
    directives = _directives(headers.get("cache-control", ""))
    vary = [v.strip().lower() for v in headers.get("vary", "").split(",") if v.strip()]
    if response.status not in (200, 203, 301, 404) or "no-store" in directives or "private" in directives:
        return {"store": False, "ttl": 0, "vary": vary}
    if "*" in vary or "set-cookie" in headers:
        return {"store": False, "ttl": 0, "vary": vary}
    ttl = int(directives.get("s-maxage", directives.get("max-age", 0)) or 0)
    return {"store": ttl > 0, "ttl": ttl, "vary": vary}
