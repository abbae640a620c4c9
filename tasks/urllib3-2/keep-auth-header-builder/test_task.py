import pytest

from solution import request_headers


def test_minimal_config():
    assert request_headers({}) == {
        "user-agent": "reportctl/4.2.0",
        "connection": "keep-alive",
        "accept": "application/json",
    }


def test_everything_enabled():
    assert request_headers({
        "user": "ana",
        "password": "p@ss:word",
        "proxy_user": "gw",
        "proxy_password": "x",
        "compress": True,
        "no_cache": True,
        "keep_alive": False,
    }) == {
        "accept-encoding": "gzip,deflate",
        "user-agent": "reportctl/4.2.0",
        "authorization": "Basic YW5hOnBAc3M6d29yZA==",
        "proxy-authorization": "Basic Z3c6eA==",
        "cache-control": "no-cache",
        "accept": "application/json",
    }


def test_proxy_without_password_and_missing_password():
    headers = request_headers({"proxy_user": "gw"})
    assert headers["proxy-authorization"] == "Basic Z3c6"
    assert "authorization" not in headers
    with pytest.raises(ValueError, match="password"):
        request_headers({"user": "ana"})
