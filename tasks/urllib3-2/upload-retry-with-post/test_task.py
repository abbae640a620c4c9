from solution import upload_retry


def test_post_is_added_to_default_verbs():
    retry = upload_retry()
    assert set(retry.allowed_methods) == {"DELETE", "GET", "HEAD", "OPTIONS", "PUT", "TRACE", "POST"}
    assert retry.total == 5
    assert retry.read == 2
    assert list(retry.status_forcelist) == [408, 500, 502, 503, 504]
    assert retry.is_retry("POST", 503) is True
    assert retry.is_retry("PATCH", 503) is False


def test_extra_statuses():
    retry = upload_retry(max_attempts=2, extra_statuses=[429, 503])
    assert list(retry.status_forcelist) == [408, 429, 500, 502, 503, 504]
    assert retry.is_retry("PUT", 429) is True
    assert retry.total == 2
