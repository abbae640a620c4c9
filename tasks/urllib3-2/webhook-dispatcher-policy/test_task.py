from solution import WebhookDispatcher


def test_retry_policy_retries_posts_only():
    dispatcher = WebhookDispatcher()
    retry = dispatcher.retries
    assert retry.total == 5
    assert retry.connect == 2
    assert list(retry.allowed_methods) == ["POST"]
    assert retry.is_retry("POST", 502) is True
    assert retry.is_retry("GET", 502) is False
    assert retry.is_retry("POST", 404) is False


def test_pools_share_the_configuration():
    dispatcher = WebhookDispatcher(max_attempts=2, timeout_s=7.5, user_agent="relay/2")
    pool = dispatcher.pool_for("https://hooks.example.net:8443/events")
    assert pool.host == "hooks.example.net"
    assert pool.port == 8443
    assert dispatcher.http.headers["User-Agent"] == "relay/2"
    assert pool.retries.total == 2
    assert list(pool.retries.allowed_methods) == ["POST"]
    assert pool.timeout.connect_timeout == 1.0
    assert pool.timeout.read_timeout == 7.5
    same = dispatcher.pool_for("https://hooks.example.net:8443/other")
    assert same is pool
