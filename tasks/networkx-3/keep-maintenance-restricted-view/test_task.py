from solution import path_during_maintenance

LINKS = [("r1", "r2"), ("r2", "r3"), ("r3", "r4"), ("r1", "r5"), ("r5", "r6"), ("r6", "r4")]


def test_normal_operation():
    assert path_during_maintenance(LINKS, "r1", "r4") == ["r1", "r2", "r3", "r4"]


def test_router_and_link_down():
    assert path_during_maintenance(LINKS, "r1", "r4", down_routers=["r2"]) == ["r1", "r5", "r6", "r4"]
    assert path_during_maintenance(LINKS, "r1", "r4", down_links=[("r3", "r2")]) == ["r1", "r5", "r6", "r4"]
    assert path_during_maintenance(LINKS, "r1", "r4", down_routers=["r2"], down_links=[("r5", "r6")]) is None
    assert path_during_maintenance(LINKS, "r1", "r4", down_routers=["r4"]) is None
