import pytest

from solution import RestockLog


def test_record_returns_running_count_and_keeps_order():
    log = RestockLog()
    assert log.record("ab-1", 5, "Acme") == 1
    assert log.record("cd-2", 3) == 2
    assert log.record("ab-1", 7, "Globex") == 3
    assert list(log.frame["sku"]) == ["AB-1", "CD-2", "AB-1"]
    assert list(log.frame["quantity"]) == [5, 3, 7]
    assert list(log.frame.index) == [0, 1, 2]


def test_totals_and_suppliers():
    log = RestockLog()
    log.record("x9", 10, "Acme")
    log.record("X9", 2, "Initech")
    log.record("y1", 4, "Acme")
    assert log.total_for("x9") == 12
    assert log.total_for("y1") == 4
    assert log.total_for("zz") == 0
    assert log.suppliers() == ["Acme", "Initech"]
    assert log.frame["quantity"].dtype.kind == "i"


def test_rejects_non_positive_quantity():
    log = RestockLog()
    with pytest.raises(ValueError):
        log.record("a", 0)
    assert len(log.frame) == 0
