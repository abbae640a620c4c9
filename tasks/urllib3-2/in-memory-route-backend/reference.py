"""A tiny in-memory HTTP backend for unit tests of code that consumes urllib3 responses."""
from http import HTTPStatus

from urllib3.response import HTTPResponse


class RouteBackend:
    def __init__(self):
        self._routes = {}
        self.calls = []

    def add(self, method, path, status=200, body=b"", content_type="text/plain"):
        self._routes[(method.upper(), path)] = (status, body, content_type)
        return self

    def respond(self, method, path):
        self.calls.append((method.upper(), path))
        allowed = sorted(m for (m, p) in self._routes if p == path)
        if (method.upper(), path) in self._routes:
            status, body, content_type = self._routes[(method.upper(), path)]
            headers = {"Content-Type": content_type}
        elif allowed:
            status, body, headers = 405, b"", {"Allow": ", ".join(allowed)}
        else:
            status, body, headers = 404, b"no route", {"Content-Type": "text/plain"}
        return HTTPResponse(
            body=body, headers=headers, status=status, reason=HTTPStatus(status).phrase
        )
