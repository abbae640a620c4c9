from solution import classify_trend, digest


def test_classification():
    assert classify_trend([1, 2, 2, 5]) == "rising"
    assert classify_trend([9, 7, 7, 1]) == "falling"
    assert classify_trend([3, 3, 3]) == "flat"
    assert classify_trend([1, 4, 2]) == "mixed"
    assert classify_trend([None, 4.0]) == "insufficient"
    assert classify_trend([1.0, None, 3.0]) == "rising"


def test_digest_orders_by_trend_then_input_order():
    frame = digest(
        {
            "churn": [5.0, 4.5, 4.0],
            "signups": [10, 12, 15],
            "nps": [30, 35, 31],
            "revenue": [1.5, 1.5, 2.75],
            "tickets": [7],
            "uptime": [99.9, 99.9],
        }
    )
    assert list(frame["kpi"]) == ["signups", "revenue", "uptime", "nps", "churn", "tickets"]
    assert list(frame["trend"]) == ["rising", "rising", "flat", "mixed", "falling", "insufficient"]
    assert list(frame["change"]) == [5.0, 1.25, 0.0, 1.0, -1.0, 0.0]
    assert list(frame.index) == list(range(6))


def test_empty_digest():
    frame = digest({})
    assert list(frame.columns) == ["kpi", "trend", "change"]
    assert len(frame) == 0
