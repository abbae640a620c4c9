import json

from solution import RecordingTransport


def _transport():
    return RecordingTransport(headers={"User-Agent": "tests/1.0"}).add_json(
        "GET", "/v1/users", [{"id": 1}, {"id": 2}]
    ).add_json("post", "/v1/users", {"id": 3}, status=201)


def test_get_with_query_fields():
    t = _transport()
    resp = t.request("get", "https://api.test/v1/users", fields={"page": "2", "q": "ann lee"})
    assert resp.status == 200
    assert json.loads(resp.data) == [{"id": 1}, {"id": 2}]
    assert t.requests == [("GET", "/v1/users?page=2&q=ann+lee", None, {"User-Agent": "tests/1.0"})]


def test_form_post_and_unknown_route():
    t = _transport()
    resp = t.request("POST", "https://api.test/v1/users", fields={"name": "Ann"}, encode_multipart=False)
    assert (resp.status, json.loads(resp.data)) == (201, {"id": 3})
    method, uri, body, headers = t.requests[0]
    assert (method, uri, body) == ("POST", "/v1/users", b"name=Ann")
    assert headers["Content-Type"] == "application/x-www-form-urlencoded"
    missing = t.request("DELETE", "https://api.test/v1/users/3")
    assert missing.status == 404
    assert t.requests[-1][:3] == ("DELETE", "/v1/users/3", None)


def test_multipart_upload_is_recorded():
    t = _transport()
    t.request_encode_body(
        "PUT", "https://api.test/v1/avatar", fields={"file": ("a.txt", b"hi", "text/plain")},
        multipart_boundary="BOUNDARY",
    )
    method, uri, body, headers = t.requests[0]
    assert (method, uri) == ("PUT", "/v1/avatar")
    assert headers["Content-Type"] == "multipart/form-data; boundary=BOUNDARY"
    assert body == (
        b'--BOUNDARY\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n'
        b"Content-Type: text/plain\r\n\r\nhi\r\n--BOUNDARY--\r\n"
    )
