import pytest

from solution import OriginLimiter, origin_key, origin_string


def test_origin_keys():
    assert origin_key("https://API.example.com/v1/users?x=1") == ("https", "api.example.com", 443)
    assert origin_key("http://example.com:8080") == ("http", "example.com", 8080)
    assert origin_key("example.com/path") == ("http", "example.com", 80)
    assert origin_key("[::1]:9000/x") == ("http", "[::1]", 9000)


def test_origin_strings():
    assert origin_string("HTTPS://Shop.Example.com:443/cart") == "https://shop.example.com"
    assert origin_string("shop.example.com:8443") == "http://shop.example.com:8443"


def test_errors():
    with pytest.raises(ValueError, match="scheme"):
        origin_key("ftp://files.example.com/")
    with pytest.raises(ValueError, match="no host"):
        origin_key("http:///nothing")


def test_limiter():
    limiter = OriginLimiter(per_origin=2)
    assert limiter.acquire("https://a.example/1") is True
    assert limiter.acquire("https://a.example:443/2") is True
    assert limiter.acquire("https://A.example/3") is False
    assert limiter.acquire("http://a.example/3") is True
    limiter.release("https://a.example/")
    assert limiter.acquire("https://a.example/4") is True
