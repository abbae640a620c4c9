import json
import os

from solution import DiskCache


def _write(directory, key, body, headers, status=200):
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, key + ".body"), "wb") as fh:
        fh.write(body)
    with open(os.path.join(directory, key + ".meta"), "w", encoding="utf-8") as fh:
        json.dump({"status": status, "headers": headers}, fh)


def test_complete_entry():
    _write("cache_a", "home", b"<html>ok</html>", {"Content-Length": "15", "Content-Type": "text/html"})
    cache = DiskCache("cache_a")
    assert cache.load("home") == (b"<html>ok</html>", True)
    resp = cache.open("home")
    assert resp.status == 200
    assert resp.headers["content-type"] == "text/html"
    resp.close()


def test_truncated_entry_is_reported():
    body = b"x" * 20000
    _write("cache_b", "big", body, {"Content-Length": "50000"}, status=206)
    assert DiskCache("cache_b").load("big") == (body, False)


def test_no_length_header():
    _write("cache_c", "feed", b"line1\nline2\n", {})
    assert DiskCache("cache_c").load("feed") == (b"line1\nline2\n", True)
