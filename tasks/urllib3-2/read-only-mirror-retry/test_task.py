import pytest

from solution import MirrorRetryPolicy


def test_methods_exclude_writes():
    policy = MirrorRetryPolicy()
    assert policy.methods == frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


def test_build():
    retry = MirrorRetryPolicy(attempts=6, slow_statuses=[503]).build()
    assert retry.total == 6
    assert retry.backoff_factor == 1
    assert set(retry.allowed_methods) == {"GET", "HEAD", "OPTIONS", "TRACE"}
    assert retry.is_retry("GET", 503) is True
    assert retry.is_retry("PUT", 503) is False
    assert retry.is_retry("GET", 429) is False


def test_check_request():
    policy = MirrorRetryPolicy()
    assert policy.check_request("head") is True
    assert policy.check_request("CONNECT") is False
    with pytest.raises(PermissionError, match="DELETE"):
        policy.check_request("delete")
