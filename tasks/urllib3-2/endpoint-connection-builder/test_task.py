import pytest
from urllib3.connection import HTTPConnection, HTTPSConnection

from solution import connection_for, connections_for


def test_http_and_https():
    plain = connection_for("http://node-3.metrics.internal:9100/metrics", timeout=2.5)
    assert type(plain) is HTTPConnection
    assert (plain.host, plain.port, plain.timeout) == ("node-3.metrics.internal", 9100, 2.5)
    secure = connection_for("https://Gateway.Example.com/federate")
    assert type(secure) is HTTPSConnection
    assert (secure.host, secure.port, secure.timeout) == ("gateway.example.com", 443, 5.0)


def test_bad_urls():
    with pytest.raises(ValueError, match="scheme"):
        connection_for("ftp://files.example.com/")
    with pytest.raises(ValueError, match="no host"):
        connection_for("http:///metrics")


def test_deduplicated():
    conns = connections_for(
        ["http://a.internal/metrics", "http://a.internal:80/other", "https://a.internal/metrics", "http://b.internal:81/"]
    )
    assert [(type(c).__name__, c.host, c.port) for c in conns] == [
        ("HTTPConnection", "a.internal", 80),
        ("HTTPSConnection", "a.internal", 443),
        ("HTTPConnection", "b.internal", 81),
    ]
