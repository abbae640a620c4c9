from solution import catalog_hit_rate, missing_from_catalog

CATALOG = ["A-100", "A-200", "B-050"]


def test_unknown_skus_counted():
    scanned = ["A-100", "Z-999", "B-050", "Z-999", "C-001", "A-100"]
    assert missing_from_catalog(scanned, CATALOG) == {"C-001": 1, "Z-999": 2}
    assert catalog_hit_rate(scanned, CATALOG) == 0.5


def test_all_known_and_empty():
    assert missing_from_catalog(["A-200"], CATALOG) == {}
    assert catalog_hit_rate([], CATALOG) == 1.0
