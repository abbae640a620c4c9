import pytest
from pydantic import ValidationError

from solution import parse_log


def test_mixed_lines():
    events = parse_log(
        [
            "GET /cart 200 user=42 ref=/home",
            "",
            "POST /login 302",
            "GET /robots.txt 404 ref=https://search.example",
        ]
    )
    assert [(e.method, e.path, e.status, e.user_id, e.referrer) for e in events] == [
        ("GET", "/cart", 200, 42, "/home"),
        ("POST", "/login", 302, None, None),
        ("GET", "/robots.txt", 404, None, "https://search.example"),
    ]


def test_anonymous_request():
    (event,) = parse_log(["HEAD / 200"])
    assert event.user_id is None
    assert event.referrer is None


def test_bad_status():
    with pytest.raises(ValidationError):
        parse_log(["GET / ok"])
