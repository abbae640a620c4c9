from solution import header_lines, merge_headers

DEFAULTS = [("User-Agent", "gateway/2"), ("Accept", "*/*"), ("Via", "1.1 edge-a")]
SERVICE = [("accept", "application/json"), ("X-Forwarded-For", "10.0.0.1"), ("VIA", "1.1 mesh")]


def test_override_and_accumulate():
    h = merge_headers(DEFAULTS, SERVICE, [("X-Forwarded-For", "10.0.0.9"), ("X-Request-Id", "r-1")])
    assert h["ACCEPT"] == "application/json"
    assert h["via"] == "1.1 edge-a, 1.1 mesh"
    assert h.getlist("x-forwarded-for") == ["10.0.0.1", "10.0.0.9"]
    assert len(h) == 5
    assert "x-request-id" in h and "Cookie" not in h
    assert header_lines(h) == [
        "User-Agent: gateway/2",
        "accept: application/json",
        "Via: 1.1 edge-a",
        "Via: 1.1 mesh",
        "X-Forwarded-For: 10.0.0.1",
        "X-Forwarded-For: 10.0.0.9",
        "X-Request-Id: r-1",
    ]


def test_none_removes_and_missing_is_ignored():
    h = merge_headers(DEFAULTS, [("via", None), ("Authorization", None), ("accept", "text/csv")])
    assert dict(h) == {"User-Agent": "gateway/2", "accept": "text/csv"}
    assert h.getlist("Via") == []
    assert merge_headers() == {}
