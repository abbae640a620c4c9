from sqlalchemy.orm import Session

from solution import AlertMonitor, Device


def _monitor():
    monitor = AlertMonitor()
    with Session(monitor.engine) as s:
        s.add_all([Device(serial="FRIDGE-1", low=1.0, high=5.0), Device(serial="OVEN-2", low=150.0, high=260.0)])
        s.commit()
    return monitor


def test_alerts_are_stored():
    monitor = _monitor()
    assert monitor.check([("FRIDGE-1", 3.5), ("FRIDGE-1", 7.25), ("OVEN-2", 120.0), ("FRIDGE-1", 0.5)]) == 3
    assert monitor.history("FRIDGE-1") == [("HIGH", 7.25), ("LOW", 0.5)]
    assert monitor.history("OVEN-2") == [("LOW", 120.0)]


def test_no_alerts_for_normal_readings():
    monitor = _monitor()
    assert monitor.check([("OVEN-2", 200.0), ("FRIDGE-1", 5.0)]) == 0
    assert monitor.history("OVEN-2") == []
    assert monitor.check([("OVEN-2", 300.0)]) == 1
    assert monitor.history("OVEN-2") == [("HIGH", 300.0)]
