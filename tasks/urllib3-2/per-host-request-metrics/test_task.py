import pytest
from urllib3.response import HTTPResponse

from solution import MeteredRequester


def backend(method, url, body=None, headers=None):
    if "unreachable" in url:
        raise ConnectionRefusedError("connection refused")
    status = 503 if url.endswith("/flaky") else 404 if url.endswith("/missing") else 200
    return HTTPResponse(body=f"{method} {url}".encode(), status=status, preload_content=True)


def test_counts_and_summary():
    m = MeteredRequester(backend)
    assert m.request("GET", "https://a.example/x", fields={"id": "1"}).data == b"GET https://a.example/x?id=1"
    assert m.request("GET", "https://a.example/flaky").status == 503
    m.request("POST", "https://b.example/missing", fields={"k": "v"}, encode_multipart=False)
    m.request("GET", "https://B.example:8443/ok")
    with pytest.raises(ConnectionRefusedError):
        m.request("GET", "http://unreachable.example/")
    assert m.requests == {("a.example", "GET"): 2, ("b.example", "POST"): 1, ("b.example", "GET"): 1,
                          ("unreachable.example", "GET"): 1}
    assert m.errors == {("a.example", "5xx"): 1, ("b.example", "4xx"): 1, ("unreachable.example", "network"): 1}
    assert m.summary() == [
        "a.example: 2 requests, 1 failed",
        "b.example: 2 requests, 1 failed",
        "unreachable.example: 1 requests, 1 failed",
    ]


def test_default_headers_reach_backend():
    seen = []

    def capture(method, url, body=None, headers=None):
        seen.append(headers)
        return HTTPResponse(body=b"", status=204, preload_content=True)

    m = MeteredRequester(capture, headers={"X-Trace": "on"})
    assert m.request("DELETE", "https://c.example/items/3").status == 204
    assert seen == [{"X-Trace": "on"}]
    assert m.summary() == ["c.example: 1 requests, 0 failed"]
