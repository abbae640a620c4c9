import pytest

from solution import gateway_retry


def test_default_policy_only_retries_reads():
    retry = gateway_retry()
    assert retry.total == 4
    assert retry.backoff_factor == 0.25
    assert set(retry.allowed_methods) == {"GET", "HEAD", "OPTIONS"}
    assert retry.is_retry("GET", 503) is True
    assert retry.is_retry("POST", 503) is False
    assert retry.is_retry("GET", 500) is False
    assert retry.raise_on_status is False


def test_idempotent_posts_are_retried():
    retry = gateway_retry(idempotent_posts=True, attempts=2)
    assert retry.total == 2
    assert set(retry.allowed_methods) == {"GET", "HEAD", "OPTIONS", "POST"}
    assert retry.is_retry("POST", 429) is True
    assert retry.is_retry("PUT", 429) is False


def test_bad_attempts():
    with pytest.raises(ValueError):
        gateway_retry(attempts=0)
