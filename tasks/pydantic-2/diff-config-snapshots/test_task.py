from solution import DatabaseSettings, ServiceSettings, diff_settings


def test_nested_and_top_level_changes():
    before = ServiceSettings(name="billing")
    after = ServiceSettings(
        name="billing", workers=8, database=DatabaseSettings(host="db.internal", pool_size=5)
    )
    assert diff_settings(before, after) == [
        ("database.host", "localhost", "db.internal"),
        ("workers", 2, 8),
    ]


def test_no_changes():
    a = ServiceSettings(name="search", debug=True)
    b = ServiceSettings(name="search", debug=True)
    assert diff_settings(a, b) == []


def test_every_field_changed():
    a = ServiceSettings(name="a")
    b = ServiceSettings(
        name="b", debug=True, workers=1, database=DatabaseSettings(host="h", port=6000, pool_size=1)
    )
    keys = [key for key, _, _ in diff_settings(a, b)]
    assert keys == [
        "database.host",
        "database.pool_size",
        "database.port",
        "debug",
        "name",
        "workers",
    ]
    assert ("debug", False, True) in diff_settings(a, b)
