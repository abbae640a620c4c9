from solution import RouteBackend


def _backend():
    return (
        RouteBackend()
        .add("GET", "/items", body=b'["a","b"]', content_type="application/json")
        .add("post", "/items", status=201, body=b"created")
    )


def test_known_route():
    backend = _backend()
    resp = backend.respond("get", "/items")
    assert (resp.status, resp.reason) == (200, "OK")
    assert resp.data == b'["a","b"]'
    assert resp.headers["content-type"] == "application/json"
    created = backend.respond("POST", "/items")
    assert (created.status, created.reason, created.data) == (201, "Created", b"created")


def test_missing_routes():
    backend = _backend()
    not_allowed = backend.respond("DELETE", "/items")
    assert (not_allowed.status, not_allowed.reason) == (405, "Method Not Allowed")
    assert not_allowed.headers["Allow"] == "GET, POST"
    missing = backend.respond("GET", "/nope")
    assert (missing.status, missing.data) == (404, b"no route")
    assert backend.calls == [("DELETE", "/items"), ("GET", "/nope")]
