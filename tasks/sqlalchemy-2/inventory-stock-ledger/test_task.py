import pytest

from solution import open_ledger, record_movement, stock_level


def test_movements_add_up_per_sku():
    engine = open_ledger()
    record_movement(engine, "BOLT-M6", 500)
    record_movement(engine, "BOLT-M6", -120)
    record_movement(engine, "NUT-M6", 40)
    record_movement(engine, "BOLT-M6", -30)
    assert stock_level(engine, "BOLT-M6") == 350
    assert stock_level(engine, "NUT-M6") == 40


def test_unknown_sku_has_zero_stock():
    engine = open_ledger()
    assert stock_level(engine, "WASHER") == 0
    record_movement(engine, "WASHER", 3)
    assert stock_level(engine, "WASHER") == 3


def test_zero_quantity_rejected_and_nothing_stored():
    engine = open_ledger()
    with pytest.raises(ValueError):
        record_movement(engine, "BOLT-M6", 0)
    assert stock_level(engine, "BOLT-M6") == 0


def test_movements_are_committed(tmp_path):
    url = "sqlite:///" + str(tmp_path / "ledger.db")
    engine = open_ledger(url)
    record_movement(engine, "GEAR", 7)
    engine.dispose()
    assert stock_level(open_ledger(url), "GEAR") == 7
