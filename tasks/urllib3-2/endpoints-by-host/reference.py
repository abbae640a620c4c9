"""Group the endpoints of a service registry by host for the capacity report."""
from collections import defaultdict

from urllib3.util.url import parse_url


def group_endpoints(registry):
    """``registry`` maps service name -> list of endpoint URLs.

    Returns {host: {"services": sorted names, "ports": sorted ports, "tls": bool}}. Endpoints
    written without a scheme are plain http.
    """
    report = defaultdict(lambda: {"services": set(), "ports": set(), "tls": False})
    for service, urls in registry.items():
        for url in urls:
            parsed = parse_url(url)
            scheme, host, port = parsed.scheme or "http", parsed.hostname, parsed.port
            entry = report[host]
            entry["services"].add(service)
            entry["ports"].add(port or (443 if scheme == "https" else 80))
            entry["tls"] = entry["tls"] or scheme == "https"
    return {
        host: {"services": sorted(e["services"]), "ports": sorted(e["ports"]), "tls": e["tls"]}
        for host, e in sorted(report.items())
    }
