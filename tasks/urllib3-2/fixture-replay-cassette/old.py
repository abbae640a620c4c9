"""Replay recorded HTTP interactions ("cassettes") as urllib3 responses, fully offline."""
import base64
import io

import urllib3


class Cassette:
    def __init__(self, interactions):
        # interactions: list of {"method", "url", "status", "headers", "body_b64"}
        self._queue = {}
        for item in interactions:
            self._queue.setdefault((item["method"].upper(), item["url"]), []).append(item)

    def play(self, method, url):
        """Return the next recorded response for (method, url); KeyError when none is left."""
        items = self._queue.get((method.upper(), url))
        if not items:
            raise KeyError(f"no recorded interaction for {method.upper()} {url}")
        item = items.pop(0)
        body = base64.b64decode(item.get("body_b64", ""))
        return urllib3.HTTPResponse(
            body=io.BytesIO(body),
            headers=item.get("headers", {}),
            status=item["status"],
            preload_content=False,
            decode_content=True,
            strict=False,
        )

    def remaining(self):
        return sum(len(v) for v in self._queue.values())
