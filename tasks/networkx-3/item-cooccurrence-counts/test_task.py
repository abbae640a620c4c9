from solution import cooccurrence, recommend

PURCHASES = {
    "ann": ["tea", "milk", "bread"],
    "bo": ["tea", "milk"],
    "cy": ["bread", "jam"],
    "di": ["tea", "jam", "milk"],
}


def test_pair_counts():
    assert cooccurrence(PURCHASES) == {
        ("bread", "jam"): 1,
        ("bread", "milk"): 1,
        ("bread", "tea"): 1,
        ("jam", "milk"): 1,
        ("jam", "tea"): 1,
        ("milk", "tea"): 3,
    }
    assert all(type(n) is int for n in cooccurrence(PURCHASES).values())


def test_recommendations():
    assert recommend(PURCHASES, "tea") == ["milk", "bread"]
    assert recommend(PURCHASES, "jam", limit=5) == ["bread", "milk", "tea"]


def test_customers_without_overlap():
    assert cooccurrence({"x": ["pen"], "y": ["ink"]}) == {}
    assert cooccurrence({"x": ["pen", "ink"], "y": ["ink", "pen"]}) == {("ink", "pen"): 2}
