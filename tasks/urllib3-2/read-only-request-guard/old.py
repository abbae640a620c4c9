"""Wrap a connection pool so that maintenance-mode code paths can only read, never write."""
from urllib3.request import RequestMethods

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class WriteBlocked(PermissionError):
    def __init__(self, method, url):
        super().__init__(f"{method} {url} blocked: client is read-only")
        self.method = method
        self.url = url


class ReadOnlyGuard(RequestMethods):
    def __init__(self, inner, allow_paths=()):
        super().__init__(getattr(inner, "headers", None))
        self.inner = inner
        self.allow_paths = tuple(allow_paths)
        self.blocked = []

    def _allowed(self, method, url):
        if method.upper() in SAFE_METHODS:
            return True
        path = "/" + url.split("://", 1)[-1].partition("/")[2]
        return any(path.startswith(prefix) for prefix in self.allow_paths)

    def urlopen(self, method, url, body=None, headers=None, **kw):
        if not self._allowed(method, url):
            self.blocked.append(f"{method} {url}")
            raise WriteBlocked(method, url)
        return self.inner.urlopen(method, url, body=body, headers=headers)
