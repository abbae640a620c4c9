from solution import hours_between


def test_hours():
    assert hours_between(0, 7200 + 59) == 2
