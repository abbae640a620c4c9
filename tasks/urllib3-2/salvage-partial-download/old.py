"""Keep whatever arrived of an interrupted download so it can be resumed with a Range request."""
from urllib3.response import HTTPResponse


def salvage(raw_body, headers, chunk_size=1024):
    """Read ``raw_body`` (a file-like object holding what the socket delivered) in chunks.

    Returns (data, missing) where ``missing`` is how many bytes the server still owes according to
    Content-Length (0 when complete or unknown).
    """
    response = HTTPResponse(body=raw_body, headers=headers, status=200, preload_content=False)
    data = b"".join(response.stream(chunk_size))
    expected = int(response.headers.get("Content-Length", len(data)))
    return data, max(expected - len(data), 0)


def range_header(data, missing):
    """Header dict for resuming the download, or None when nothing is missing."""
    if not missing:
        return None
    return {"Range": f"bytes={len(data)}-"}
