"""Verify build artifacts against the SHA-256 digests published in the release manifest."""
import hashlib

import urllib3


def digest_stream(raw, headers, chunk_size=65536):
    """Hash a response body chunk by chunk; returns (hexdigest, size)."""
    response = urllib3.response.HTTPResponse(body=raw, headers=headers, preload_content=False)
    sha = hashlib.sha256()
    size = 0
    while True:
        chunk = response.read(chunk_size)
        if not chunk:
            break
        sha.update(chunk)
        size += len(chunk)
    return sha.hexdigest(), size


def verify(raw, headers, expected_sha256):
    """Return "ok", "truncated" (shorter than Content-Length) or "mismatch"."""
    digest, size = digest_stream(raw, headers)
    announced = headers.get("Content-Length")
    if announced is not None and size < int(announced):
        return "truncated"
    return "ok" if digest == expected_sha256 else "mismatch"
