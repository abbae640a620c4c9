import pytest
from urllib3.connection import HTTPConnection

from solution import ProbePlan


def test_one_connection_per_uplink_and_backend():
    plan = ProbePlan(["10.0.0.5", "192.168.7.5"], ["api.internal:8080", "db-proxy.internal:6432"]).connections()
    assert sorted(plan) == [
        ("10.0.0.5", "api.internal:8080"),
        ("10.0.0.5", "db-proxy.internal:6432"),
        ("192.168.7.5", "api.internal:8080"),
        ("192.168.7.5", "db-proxy.internal:6432"),
    ]
    conn = plan[("192.168.7.5", "db-proxy.internal:6432")]
    assert isinstance(conn, HTTPConnection)
    assert conn.host == "db-proxy.internal"
    assert conn.port == 6432
    assert conn.source_address == ("192.168.7.5", 0)
    assert conn.timeout == 1.5


def test_bad_backend():
    with pytest.raises(ValueError, match="bad backend"):
        ProbePlan(["10.0.0.5"], ["no-port"]).connections()
    assert ProbePlan([], ["a:1"]).connections() == {}
