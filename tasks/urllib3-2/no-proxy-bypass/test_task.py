from solution import bypass_proxy, parse_no_proxy

RULES = "localhost, .corp.example.com,10.1.2.3:8080, *.svc"


def test_parse_rules():
    assert parse_no_proxy(RULES) == [("localhost", None), (".corp.example.com", None), ("10.1.2.3", 8080), (".svc", None)]
    assert parse_no_proxy(None) == []


def test_bypass():
    assert bypass_proxy("http://localhost:5000/health", RULES) is True
    assert bypass_proxy("https://wiki.corp.example.com/page", RULES) is True
    assert bypass_proxy("https://CORP.example.com", RULES) is True
    assert bypass_proxy("http://api.default.svc/v1", RULES) is True
    assert bypass_proxy("http://10.1.2.3:8080/", RULES) is True
    assert bypass_proxy("http://10.1.2.3/", RULES) is False
    assert bypass_proxy("https://notcorp.example.com/", RULES) is False
    assert bypass_proxy("https://pypi.org/simple", RULES) is False


def test_schemeless_urls_use_http_port():
    assert bypass_proxy("10.1.2.3:8080/metrics", RULES) is True
    assert bypass_proxy("10.1.2.3", "10.1.2.3:80") is True
    assert bypass_proxy("10.1.2.3", "10.1.2.3:443") is False
    assert bypass_proxy("anything.example", " * ") is True
