from solution import backup_name


def test_names():
    assert backup_name("orders", 1600000000) == "orders-20200913T1226.sql.gz"
    assert backup_name("users", 0) == "users-19700101T0000.sql.gz"
