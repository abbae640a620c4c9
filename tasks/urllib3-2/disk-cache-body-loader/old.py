"""Serve HTTP responses from an on-disk cache written by a crawler.

Each entry is ``<key>.body`` plus ``<key>.meta`` (JSON: status and headers). The crawler may have
been killed while writing a body, so bodies can be shorter than their Content-Length.
"""
import json
import os

import urllib3


class DiskCache:
    def __init__(self, directory):
        self.directory = directory

    def _path(self, key, ext):
        return os.path.join(self.directory, f"{key}.{ext}")

    def open(self, key):
        with open(self._path(key, "meta"), encoding="utf-8") as fh:
            meta = json.load(fh)
        return urllib3.HTTPResponse(
            body=open(self._path(key, "body"), "rb"),
            headers=meta["headers"],
            status=meta["status"],
            preload_content=False,
        )

    def load(self, key):
        """Return (body, complete) for a cache entry, reading it in 8 KiB pieces."""
        response = self.open(key)
        try:
            body = b"".join(iter(lambda: response.read(8192), b""))
        finally:
            response.release_conn()
            response.close()
        expected = response.headers.get("Content-Length")
        return body, expected is None or int(expected) == len(body)
