from solution import build_parser, retry_from_args


def test_help_lists_default_methods():
    text = build_parser().format_help()
    assert "DELETE,GET,HEAD,OPTIONS,PUT,TRACE" in text
    assert "--retry-methods" in text


def test_defaults():
    retry = retry_from_args(["https://example.org/feed"])
    assert retry.total == 3
    assert set(retry.allowed_methods) == {"DELETE", "GET", "HEAD", "OPTIONS", "PUT", "TRACE"}


def test_custom_methods():
    retry = retry_from_args(["https://example.org/", "--retries", "9", "--retry-methods", "get, post,"])
    assert retry.total == 9
    assert retry.allowed_methods == frozenset({"GET", "POST"})
    assert retry.is_retry("POST", 413, has_retry_after=True) is True
    assert retry.is_retry("PUT", 413, has_retry_after=True) is False
