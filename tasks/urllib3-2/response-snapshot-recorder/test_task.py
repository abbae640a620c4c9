import io
import json

from urllib3._collections import HTTPHeaderDict
from urllib3.response import HTTPResponse

from solution import SnapshotRecorder


def _resp(status, headers, body):
    return HTTPResponse(body=io.BytesIO(body), headers=headers, status=status, preload_content=True)


def test_record_redacts_and_sorts():
    rec = SnapshotRecorder()
    headers = HTTPHeaderDict()
    headers.add("Content-Type", "application/json")
    headers.add("Set-Cookie", "a=1")
    headers.add("Set-Cookie", "b=2")
    headers.add("X-Request-Id", "r-9")
    entry = rec.record("get-user", _resp(200, headers, b'{"id": 3}'))
    assert entry == {
        "name": "get-user",
        "status": 200,
        "headers": [
            ["content-type", "application/json"],
            ["set-cookie", "<redacted>"],
            ["set-cookie", "<redacted>"],
            ["x-request-id", "r-9"],
        ],
        "body": '{"id": 3}',
    }


def test_dumps_round_trip():
    rec = SnapshotRecorder()
    rec.record("missing", _resp(404, {"X-Api-Key": "k"}, b"not found \xff"))
    data = json.loads(rec.dumps())
    assert data == [{"body": "not found \ufffd", "headers": [["x-api-key", "<redacted>"]], "name": "missing", "status": 404}]
