from solution import reachable_within

ROUTES = [("AMS", "CDG"), ("CDG", "FCO"), ("FCO", "ATH"), ("ATH", "AMS"), ("LIS", "AMS")]


def test_one_and_two_flights():
    assert reachable_within(ROUTES, 1) == {
        "AMS": ["CDG"],
        "ATH": ["AMS"],
        "CDG": ["FCO"],
        "FCO": ["ATH"],
        "LIS": ["AMS"],
    }
    assert reachable_within(ROUTES, 2) == {
        "AMS": ["CDG", "FCO"],
        "ATH": ["AMS", "CDG"],
        "CDG": ["ATH", "FCO"],
        "FCO": ["AMS", "ATH"],
        "LIS": ["AMS", "CDG"],
    }


def test_many_flights():
    result = reachable_within(ROUTES, 4)
    assert result["LIS"] == ["AMS", "ATH", "CDG", "FCO"]
    assert result["AMS"] == ["ATH", "CDG", "FCO"]
