import pytest

from solution import canonical_url, dedupe


def test_canonical_forms():
    assert canonical_url("HTTPS://API.Example.com:443/v1/items?b=2&a=1#top") == "https://api.example.com/v1/items?a=1&b=2"
    assert canonical_url("http://user:pw@Example.org:8080") == "http://example.org:8080/"
    assert canonical_url("  metrics.internal/graph  ") == "https://metrics.internal/graph"
    assert canonical_url("http://[::1]:80/health?z=&y=1") == "http://[::1]/health?y=1&z="
    assert canonical_url("shop.example/a%20b", default_scheme="http") == "http://shop.example/a%20b"


def test_errors():
    with pytest.raises(ValueError, match="no host"):
        canonical_url("/relative/only")
    with pytest.raises(ValueError, match="unsupported scheme 'ftp'"):
        canonical_url("ftp://files.example/pub")


def test_dedupe():
    assert dedupe([
        "https://api.example.com/v1?x=1&y=2",
        "HTTPS://api.EXAMPLE.com:443/v1?y=2&x=1",
        "api.example.com/v1?x=1&y=2#frag",
        "http://api.example.com/v1",
    ]) == ["http://api.example.com/v1", "https://api.example.com/v1?x=1&y=2"]
