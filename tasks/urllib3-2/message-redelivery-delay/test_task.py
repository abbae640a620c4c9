import pytest

from solution import plan_redeliveries, redelivery_delay


def test_exponential_with_ceiling():
    assert [redelivery_delay(n) for n in range(1, 6)] == [0.5, 1.0, 2.0, 4.0, 8.0]
    assert redelivery_delay(9, base=1) == 120
    assert redelivery_delay(20, base=3) == 120


def test_retry_after_hint():
    assert redelivery_delay(1, retry_after="30") == 30.0
    assert redelivery_delay(5, retry_after=3600) == 120
    assert redelivery_delay(3, retry_after="Wed, 21 Oct 2015 07:28:00 GMT") == 2.0
    assert redelivery_delay(2, retry_after="-5") == 1.0


def test_plan_and_errors():
    assert plan_redeliveries([("m1", 1, None), ("m2", 12, None), ("m3", 2, "7")]) == {
        "m1": 0.5,
        "m2": 120,
        "m3": 7.0,
    }
    with pytest.raises(ValueError):
        redelivery_delay(0)
