"""Annotate proxy access-log lines with whether the client library would have retried them."""
from urllib3.util.retry import Retry as UrllibRetry

RETRIED_STATUSES = frozenset([502, 503, 504])


def parse_line(line):
    # format: "<method> <path> <status> <millis>"
    method, path, status, millis = line.split()
    return method.upper(), path, int(status), int(millis)


def annotate(lines):
    """Yield one dict per non-empty log line."""
    for line in lines:
        if not line.strip():
            continue
        method, path, status, millis = parse_line(line)
        idempotent = method in UrllibRetry.DEFAULT_ALLOWED_METHODS
        yield {
            "method": method,
            "path": path,
            "status": status,
            "slow": millis > 1000,
            "retried": idempotent and status in RETRIED_STATUSES,
        }
