import pytest

from solution import ReadOnlyGuard, WriteBlocked


class FakePool:
    headers = {"Authorization": "Token abc"}

    def __init__(self):
        self.calls = []

    def urlopen(self, method, url, body=None, headers=None):
        self.calls.append((method, url, body, headers))
        return 200


def test_reads_pass_through_with_inner_headers():
    pool = FakePool()
    guard = ReadOnlyGuard(pool)
    assert guard.request("GET", "https://db.example/rows", fields={"limit": "10"}) == 200
    assert guard.request("head", "https://db.example/rows") == 200
    assert pool.calls == [
        ("GET", "https://db.example/rows?limit=10", None, {"Authorization": "Token abc"}),
        ("HEAD", "https://db.example/rows", None, {"Authorization": "Token abc"}),
    ]


def test_writes_are_blocked():
    pool = FakePool()
    guard = ReadOnlyGuard(pool)
    with pytest.raises(WriteBlocked) as info:
        guard.request("POST", "https://db.example/rows", fields={"a": "1"}, encode_multipart=False)
    assert isinstance(info.value, PermissionError)
    assert str(info.value) == "POST https://db.example/rows blocked: client is read-only"
    with pytest.raises(WriteBlocked):
        guard.request("delete", "https://db.example/rows/4")
    assert pool.calls == []
    assert guard.blocked == ["POST https://db.example/rows", "DELETE https://db.example/rows/4"]


def test_allow_listed_paths():
    pool = FakePool()
    guard = ReadOnlyGuard(pool, allow_paths=["/sessions"])
    assert guard.request("POST", "https://db.example/sessions/new", fields={"u": "x"}, encode_multipart=False) == 200
    assert pool.calls[0][:3] == ("POST", "https://db.example/sessions/new", "u=x")
    assert pool.calls[0][3]["Content-Type"] == "application/x-www-form-urlencoded"
