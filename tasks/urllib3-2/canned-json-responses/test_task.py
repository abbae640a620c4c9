import json

from solution import json_response


def test_preloaded_json():
    resp = json_response(201, {"id": 7, "tags": ["a"]}, headers={"Location": "/items/7"})
    assert resp.status == 201
    assert resp.reason == "Created"
    assert resp.version == 11
    assert resp.data == b'{"id":7,"tags":["a"]}'
    assert json.loads(resp.data) == {"id": 7, "tags": ["a"]}
    assert resp.headers["content-length"] == "21"
    assert resp.headers["location"] == "/items/7"


def test_streamed_and_empty():
    resp = json_response(200, [1, 2, 3], stream=True)
    assert b"".join(resp.stream(2)) == b"[1,2,3]"
    empty = json_response(204)
    assert empty.data == b""
    assert empty.reason == "No Content"
    assert json_response(418).reason == "Unknown"
