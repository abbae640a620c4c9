from solution import neighbour_vote

CITATIONS = [
    ("p1", "p2", 1.0),
    ("p1", "p3", 2.0),
    ("p2", "p4", 1.0),
    ("p3", "p4", 0.5),
    ("p5", "p6", 1.0),
    ("p4", "p7", 3.0),
]


def test_weighted_vote():
    assert neighbour_vote(CITATIONS, {"p2": "ml", "p3": "db", "p7": "ml"}, ["db", "ml"]) == {
        "p1": "db",
        "p2": "ml",
        "p3": "db",
        "p4": "ml",
        "p5": None,
        "p6": None,
        "p7": "ml",
    }


def test_other_labelling():
    assert neighbour_vote(CITATIONS, {"p2": "db", "p3": "ml"}, ["db", "ml"]) == {
        "p1": "ml",
        "p2": "db",
        "p3": "ml",
        "p4": "db",
        "p5": None,
        "p6": None,
        "p7": None,
    }


def test_tie_goes_to_first_topic():
    result = neighbour_vote([("a", "b", 1.0), ("a", "c", 1.0)], {"b": "zoo", "c": "art"}, ["art", "zoo"])
    assert result["a"] == "art"
