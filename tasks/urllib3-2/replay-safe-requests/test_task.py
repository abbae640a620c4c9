from solution import is_replay_safe, split_queue


def test_idempotent_verbs():
    for verb in ["get", "HEAD", "Put", "DELETE", "options", "TRACE"]:
        assert is_replay_safe(verb) is True
    for verb in ["POST", "patch", "CONNECT"]:
        assert is_replay_safe(verb) is False


def test_idempotency_key_makes_post_safe():
    assert is_replay_safe("POST", {"Idempotency-Key": "a1"}) is True
    assert is_replay_safe("POST", {"Content-Type": "application/json"}) is False


def test_split_queue():
    queue = [
        ("GET", "/notes/1", None),
        ("POST", "/notes", {"idempotency-key": "n-7"}),
        ("PATCH", "/notes/1", {"If-Match": "x"}),
        ("DELETE", "/notes/2", {}),
        ("POST", "/share", None),
    ]
    assert split_queue(queue) == (["/notes/1", "/notes", "/notes/2"], ["/notes/1", "/share"])
