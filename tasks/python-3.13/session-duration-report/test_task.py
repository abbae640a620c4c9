from solution import sessions_by_day


def test_groups_by_utc_day():
    stamps = [86399, 86400, 86401, 0, 2 * 86400 + 5]
    assert sessions_by_day(stamps) == {"1970-01-01": 2, "1970-01-02": 2, "1970-01-03": 1}


def test_empty():
    assert sessions_by_day([]) == {}
