from datetime import datetime, timedelta

import pytest

from solution import GiveUp, JobRescheduler

T0 = datetime(2024, 3, 1, 12, 0, 0)


def test_backoff_grows_then_caps():
    r = JobRescheduler(backoff_factor=5, max_failures=10)
    runs = [r.next_run("export", T0) - T0 for _ in range(7)]
    assert runs == [timedelta(seconds=s) for s in (5, 10, 20, 40, 80, 120, 120)]
    assert r.failures == {"export": 7}
    assert r.longest_wait() == timedelta(seconds=120)


def test_success_resets_and_jobs_are_independent():
    r = JobRescheduler()
    assert r.next_run("a", T0) == datetime(2024, 3, 1, 12, 0, 2)
    assert r.next_run("a", T0) == datetime(2024, 3, 1, 12, 0, 4)
    assert r.next_run("b", T0) == datetime(2024, 3, 1, 12, 0, 2)
    r.succeeded("a")
    r.succeeded("unknown")
    assert r.next_run("a", T0) == datetime(2024, 3, 1, 12, 0, 2)
    assert JobRescheduler(backoff_factor=0.25, max_failures=3).longest_wait() == timedelta(seconds=1)


def test_gives_up():
    r = JobRescheduler(max_failures=2)
    r.next_run("j", T0)
    r.next_run("j", T0)
    with pytest.raises(GiveUp, match="j failed 3 times"):
        r.next_run("j", T0)
    assert r.failures == {"j": 2}
