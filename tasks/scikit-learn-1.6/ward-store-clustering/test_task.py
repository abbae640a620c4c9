from solution import group_stores

SALES = {
    "airport": [100, 100, 100, 100, 100, 100, 100],
    "downtown": [200, 210, 205, 200, 190, 60, 50],
    "mall": [50, 50, 55, 60, 80, 200, 210],
    "office-park": [100, 105, 100, 98, 95, 20, 22],
    "outlet": [30, 30, 35, 40, 60, 150, 160],
}


def test_weekday_vs_weekend_stores():
    groups = group_stores(SALES, 3)
    assert ["downtown", "office-park"] in groups
    assert ["mall", "outlet"] in groups
    assert ["airport"] in groups


def test_single_group():
    assert group_stores(SALES, 1) == [sorted(SALES)]
