"""A fake urllib3 transport for unit tests: canned responses per route, every request recorded."""
import json

from urllib3.request import RequestMethods
from urllib3.response import HTTPResponse
from urllib3.util import parse_url


class RecordingTransport(RequestMethods):
    """Drop-in for a PoolManager in tests: supports request(), request_encode_url/body()."""

    def __init__(self, headers=None):
        super().__init__(headers)
        self.routes = {}
        self.requests = []

    def add_json(self, method, path, payload, status=200):
        self.routes[(method.upper(), path)] = (status, json.dumps(payload).encode())
        return self

    def urlopen(self, method, url, body=None, headers=None, **kw):
        parsed = parse_url(url)
        if isinstance(body, str):
            body = body.encode()
        self.requests.append((method, parsed.request_uri, body, dict(headers or {})))
        status, data = self.routes.get((method, parsed.path), (404, b'{"error": "no route"}'))
        return HTTPResponse(
            body=data, status=status, headers={"Content-Type": "application/json"}, preload_content=True
        )
