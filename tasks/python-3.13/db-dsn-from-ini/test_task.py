from solution import dsn_from_config

TEXT = "[default]\nuser = app\ndatabase = shop\n\n[replica]\nuser = ro\nhost = db2\nport = 6432\ndatabase = shop\n"


def test_defaults_fill_in():
    assert dsn_from_config(TEXT) == "postgresql://app@localhost:5432/shop"


def test_profile():
    assert dsn_from_config(TEXT, "replica") == "postgresql://ro@db2:6432/shop"
