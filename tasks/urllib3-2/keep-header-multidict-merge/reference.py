"""Merge header layers (defaults, per-service, per-request) for an API gateway."""
from urllib3._collections import HTTPHeaderDict

# headers where several layers may each contribute a value
ADDITIVE = {"via", "warning", "x-forwarded-for"}


def merge_headers(*layers):
    """Later layers override earlier ones, except ADDITIVE headers, whose values accumulate.

    A value of None removes the header.
    """
    merged = HTTPHeaderDict()
    for layer in layers:
        for name, value in layer:
            if value is None:
                merged.discard(name)
            elif name.lower() in ADDITIVE:
                merged.add(name, value)
            else:
                merged[name] = value
    return merged


def header_lines(headers):
    """Wire-format lines, one per value, in insertion order."""
    return [f"{name}: {value}" for name in headers for value in headers.getlist(name)]
