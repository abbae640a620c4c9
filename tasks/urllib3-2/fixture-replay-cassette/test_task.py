import base64
import gzip

import pytest

from solution import Cassette


def _b64(data):
    return base64.b64encode(data).decode("ascii")


INTERACTIONS = [
    {"method": "get", "url": "/v1/jobs", "status": 200, "headers": {"Content-Type": "text/plain"}, "body_b64": _b64(b"first")},
    {"method": "GET", "url": "/v1/jobs", "status": 503, "body_b64": _b64(b"busy")},
    {
        "method": "GET",
        "url": "/v1/report",
        "status": 200,
        "headers": {"Content-Encoding": "gzip"},
        "body_b64": _b64(gzip.compress(b"report rows\n" * 3, mtime=0)),
    },
    {"method": "DELETE", "url": "/v1/jobs/1", "status": 204},
]


def test_replays_in_order():
    cassette = Cassette(INTERACTIONS)
    first = cassette.play("GET", "/v1/jobs")
    assert first.status == 200
    assert first.read() == b"first"
    assert first.headers["content-type"] == "text/plain"
    second = cassette.play("get", "/v1/jobs")
    assert (second.status, second.read()) == (503, b"busy")
    with pytest.raises(KeyError):
        cassette.play("GET", "/v1/jobs")


def test_gzip_is_decoded_and_empty_body():
    cassette = Cassette(INTERACTIONS)
    assert cassette.play("GET", "/v1/report").read() == b"report rows\n" * 3
    deleted = cassette.play("DELETE", "/v1/jobs/1")
    assert deleted.status == 204
    assert deleted.read() == b""
    assert cassette.remaining() == 2
