import pytest
from sqlalchemy.exc import IntegrityError

from solution import KioskOrders


def test_orders_and_takings():
    kiosks = KioskOrders()
    assert kiosks.order("K1", [("ramen", 1150), ("gyoza", 600)]) == [1, 2]
    assert kiosks.order("K2", [("ramen", 1150)]) == [3]
    assert kiosks.order("K1", [("tea", 250)]) == [4]
    assert kiosks.takings() == {"K1": 2000, "K2": 1150}


def test_failed_order_is_rolled_back():
    kiosks = KioskOrders()
    kiosks.order("K1", [("tea", 250)])
    with pytest.raises(IntegrityError):
        kiosks.order("K1", [("soup", 500), ("mystery", None)])
    assert kiosks.takings() == {"K1": 250}


def test_orders_survive_restart(tmp_path):
    url = "sqlite:///" + str(tmp_path / "kiosk.db")
    KioskOrders(url).order("K9", [("bao", 450), ("bao", 450)])
    assert KioskOrders(url).takings() == {"K9": 900}
