import pytest

from solution import TargetError, validate_target


def test_valid_targets():
    assert validate_target("https://hooks.Customer.io/in") == "https://hooks.customer.io:443"
    assert validate_target("https://8.8.8.8:8443/x") == "https://8.8.8.8:8443"
    assert validate_target("http://hooks.customer.io", allow_insecure=True) == "http://hooks.customer.io:80"


@pytest.mark.parametrize(
    "url, message",
    [
        ("hooks.customer.io/in", "https"),
        ("http://hooks.customer.io/in", "https"),
        ("ftp://hooks.customer.io/in", "scheme"),
        ("https://localhost:9000/", "not reachable"),
        ("https://10.0.0.7/", "not reachable"),
        ("https://[::1]/", "not reachable"),
        ("https://169.254.169.254/latest", "not reachable"),
    ],
)
def test_rejected(url, message):
    with pytest.raises(TargetError, match=message):
        validate_target(url)


def test_schemeless_is_plain_http():
    assert validate_target("hooks.customer.io:8080/x", allow_insecure=True) == "http://hooks.customer.io:8080"
