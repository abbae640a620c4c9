"""Mobile-sync outbox: requests made while offline are queued and replayed once online."""
from urllib3._request_methods import RequestMethods


class Outbox(RequestMethods):
    """Looks like a PoolManager to the sync code, but urlopen() only queues the request."""

    def __init__(self, device_id):
        super().__init__(headers={"X-Device-Id": device_id})
        self._queue = []
        self._next_ticket = 1

    def urlopen(self, method, url, body=None, headers=None, **kw):
        ticket = self._next_ticket
        self._next_ticket += 1
        self._queue.append(
            {"ticket": ticket, "method": method, "url": url, "body": body, "headers": dict(headers or {})}
        )
        return ticket

    def pending(self):
        return [(item["ticket"], item["method"], item["url"]) for item in self._queue]

    def flush(self, deliver):
        """Replay queued requests in order through ``deliver(item)``; stop at the first failure."""
        delivered = []
        while self._queue:
            item = self._queue[0]
            if not deliver(item):
                break
            delivered.append(self._queue.pop(0)["ticket"])
        return delivered
