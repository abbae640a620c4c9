"""Count requests and failures per host in front of any urlopen-style backend."""
from collections import Counter

from urllib3.request import RequestMethods
from urllib3.util import parse_url


class MeteredRequester(RequestMethods):
    def __init__(self, backend, headers=None):
        super().__init__(headers)
        self.backend = backend
        self.requests = Counter()
        self.errors = Counter()

    def urlopen(self, method, url, body=None, headers=None, **kw):
        host = parse_url(url).host or "-"
        self.requests[(host, method)] += 1
        try:
            response = self.backend(method, url, body=body, headers=headers)
        except OSError:
            self.errors[(host, "network")] += 1
            raise
        if response.status >= 500:
            self.errors[(host, "5xx")] += 1
        elif response.status >= 400:
            self.errors[(host, "4xx")] += 1
        return response

    def summary(self):
        lines = []
        for host in sorted({h for h, _ in self.requests}):
            total = sum(n for (h, _), n in self.requests.items() if h == host)
            failed = sum(n for (h, _), n in self.errors.items() if h == host)
            lines.append(f"{host}: {total} requests, {failed} failed")
        return lines
