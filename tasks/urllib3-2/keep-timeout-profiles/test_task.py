import pytest
from urllib3 import Timeout

from solution import describe, timeout_for


def test_profiles():
    t = timeout_for("interactive")
    assert isinstance(t, Timeout)
    assert (t.connect_timeout, t.read_timeout, t.total) == (1.0, 3.0, None)
    batch = timeout_for("batch", scale=0.5)
    assert (batch.connect_timeout, batch.read_timeout) == (2.5, 60.0)
    health = timeout_for("healthcheck")
    assert health.total == 2.0
    assert health.connect_timeout == 2.0
    assert describe(health) == "connect=2.0 total=2.0"


def test_overrides_and_clone():
    t = timeout_for("interactive", overrides={"read": 4, "total": 10})
    assert (t.connect_timeout, t.total) == (1.0, 10)
    copy = t.clone()
    assert copy is not t
    assert (copy.connect_timeout, copy.total) == (1.0, 10)
    assert describe(timeout_for("batch", overrides={"total": 30.0})) == "connect=5.0 total=30.0"


def test_invalid():
    with pytest.raises(KeyError):
        timeout_for("streaming")
    with pytest.raises(ValueError, match="bad timeout profile 'batch'"):
        timeout_for("batch", scale=-1)
    with pytest.raises(ValueError, match="bad timeout profile 'interactive'"):
        timeout_for("interactive", overrides={"connect": 0})
