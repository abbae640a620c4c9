"""Parse newline-delimited JSON events from a (possibly cut off) export stream."""
import json

from urllib3.response import HTTPResponse


def iter_events(raw, headers=None, chunk_size=256):
    """Yield decoded events; an incomplete trailing line (cut-off export) is dropped."""
    response = HTTPResponse(
        body=raw,
        headers=headers or {},
        preload_content=False,
        decode_content=True,
        enforce_content_length=False,
    )
    pending = b""
    for chunk in response.stream(chunk_size):
        pending += chunk
        *lines, pending = pending.split(b"\n")
        for line in lines:
            if line.strip():
                yield json.loads(line)


def count_by_type(raw, headers=None):
    counts = {}
    for event in iter_events(raw, headers):
        counts[event["type"]] = counts.get(event["type"], 0) + 1
    return counts
