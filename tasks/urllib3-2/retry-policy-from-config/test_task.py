from solution import retry_from_config


def test_explicit_methods_and_statuses():
    retry = retry_from_config(
        {"attempts": "6", "retry_statuses": "500, 503,429", "retry_methods": "get, put", "backoff": "1.5"}
    )
    assert retry.total == 6
    assert retry.backoff_factor == 1.5
    assert sorted(retry.status_forcelist) == [429, 500, 503]
    assert set(retry.allowed_methods) == {"GET", "PUT"}
    assert retry.is_retry("PUT", 503) is True
    assert retry.is_retry("DELETE", 503) is False
    assert retry.respect_retry_after_header is True


def test_star_means_every_method():
    retry = retry_from_config({"retry_statuses": "502", "retry_methods": "*", "honor_retry_after": "no"})
    assert retry.total == 3
    assert retry.allowed_methods is False
    assert retry.is_retry("POST", 502) is True
    assert retry.is_retry("PATCH", 502) is True
    assert retry.respect_retry_after_header is False


def test_defaults_and_disabled():
    retry = retry_from_config({"retry_statuses": "503"})
    assert set(retry.allowed_methods) == {"DELETE", "GET", "HEAD", "OPTIONS", "PUT", "TRACE"}
    assert retry.is_retry("POST", 503) is False
    off = retry_from_config({"attempts": "0"})
    assert off.total is False
    assert off.redirect == 0
