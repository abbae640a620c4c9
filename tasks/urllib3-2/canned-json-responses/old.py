"""Factory for canned urllib3 responses used by the SDK's offline test doubles."""
import io
import json

from urllib3.response import HTTPResponse

REASONS = {200: "OK", 201: "Created", 204: "No Content", 400: "Bad Request", 404: "Not Found", 500: "Internal Server Error"}


def json_response(status, payload=None, headers=None, stream=False):
    """An HTTPResponse carrying ``payload`` serialised as JSON (no body when payload is None)."""
    body = b"" if payload is None else json.dumps(payload, separators=(",", ":")).encode("utf-8")
    all_headers = {"Content-Type": "application/json", "Content-Length": str(len(body))}
    all_headers.update(headers or {})
    return HTTPResponse(
        body=io.BytesIO(body),
        headers=all_headers,
        status=status,
        reason=REASONS.get(status, "Unknown"),
        version=11,
        strict=0,
        preload_content=not stream,
    )
