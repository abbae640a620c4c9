from solution import step_metrics


def test_soft_damper():
    assert step_metrics(250.0, 16000.0, 1000.0) == {
        "overshoot_pct": 50.63,
        "peak_time_s": 0.34,
        "settling_time_s": 1.711,
    }


def test_firm_damper():
    assert step_metrics(250.0, 16000.0, 4000.0) == {
        "overshoot_pct": 13.53,
        "peak_time_s": 0.25,
        "settling_time_s": 0.674,
    }


def test_worn_damper_longer_window():
    result = step_metrics(300.0, 20000.0, 500.0, duration_s=5.0, samples=5001)
    assert result == {"overshoot_pct": 73.98, "peak_time_s": 0.362, "settling_time_s": 4.661}
