from solution import headers_for_redirect, same_origin

HEADERS = {"Authorization": "Bearer t", "Cookie": "s=1", "Accept": "application/json"}


def test_same_origin():
    assert same_origin("https://api.example.com/a", "https://API.example.com:443/b") is True
    assert same_origin("https://api.example.com/a", "http://api.example.com/a") is False
    assert same_origin("https://api.example.com/a", "https://api.example.com:8443/a") is False
    assert same_origin("api.example.com/a", "http://api.example.com:80/b") is True
    assert same_origin("api.example.com/a", "https://api.example.com/b") is False


def test_credentials_kept_or_dropped():
    assert headers_for_redirect("https://a.example/x", "https://a.example/y", HEADERS) == HEADERS
    assert headers_for_redirect("https://a.example/x", "https://cdn.example/y", HEADERS) == {"Accept": "application/json"}
    assert headers_for_redirect("a.example/x", "http://a.example/login", HEADERS) == HEADERS
