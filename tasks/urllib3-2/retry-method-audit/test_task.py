import urllib3
from urllib3.util import Retry

from solution import audit_retries


def test_read_only_policy_passes():
    pm = urllib3.PoolManager(retries=Retry(total=4, status_forcelist=[503, 502], allowed_methods=["get", "HEAD"]))
    assert audit_retries(pm) == {
        "total": 4,
        "methods": ["GET", "HEAD"],
        "unsafe_methods": [],
        "statuses": [502, 503],
        "ok": True,
    }


def test_post_retries_are_flagged():
    pm = urllib3.PoolManager(retries=Retry(total=2, allowed_methods=frozenset(["POST", "GET", "PATCH"])))
    report = audit_retries(pm)
    assert report["methods"] == ["GET", "PATCH", "POST"]
    assert report["unsafe_methods"] == ["PATCH", "POST"]
    assert report["ok"] is False


def test_any_method_and_integer_retries():
    report = audit_retries(urllib3.PoolManager(retries=Retry(total=1, allowed_methods=False)))
    assert report["methods"] == "any"
    assert report["unsafe_methods"] == ["PATCH", "POST"]
    plain = audit_retries(urllib3.PoolManager(retries=7))
    assert plain["total"] == 7
    assert plain["methods"] == ["DELETE", "GET", "HEAD", "OPTIONS", "PUT", "TRACE"]
    assert plain["ok"] is True
    default = audit_retries(urllib3.PoolManager())
    assert default["total"] == 3
