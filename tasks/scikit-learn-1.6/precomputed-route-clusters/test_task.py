import pytest

from solution import plan_van_routes

STOPS = ["bakery", "cafe", "dock", "école", "farm"]
MINUTES = [
    [0, 4, 30, 32, 60],
    [6, 0, 28, 30, 58],
    [30, 28, 0, 5, 40],
    [32, 30, 3, 0, 38],
    [60, 58, 40, 38, 0],
]


def test_three_vans():
    routes = plan_van_routes(STOPS, MINUTES, 3)
    assert [r["stops"] for r in routes] == [["bakery", "cafe"], ["dock", "école"], ["farm"]]
    assert [r["max_minutes"] for r in routes] == [5.0, 4.0, 0.0]


def test_two_vans_complete_linkage():
    routes = plan_van_routes(STOPS, MINUTES, 2)
    assert [r["stops"] for r in routes] == [["bakery", "cafe", "dock", "école"], ["farm"]]
    assert routes[0]["max_minutes"] == 32.0


def test_limit_is_enforced():
    with pytest.raises(ValueError, match="1 route"):
        plan_van_routes(STOPS, MINUTES, 2, max_minutes=20)
