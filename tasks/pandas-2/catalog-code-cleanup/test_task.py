from solution import clean_catalog

RAW = [
    ("ab 12", "  blue   mug ", 4.5),
    ("cd_34/x", "tea  towel", 3.0),
    ("AB-12", "Blue Mug (dup)", 4.0),
    (None, "orphan", 1.0),
    (" ef__56 ", "glass", 2.25),
]


def test_codes_and_names_are_canonical():
    result = clean_catalog(RAW)
    assert list(result["code"]) == ["AB-12", "CD-34-X", "EF-56"]
    assert list(result["name"]) == ["Blue Mug", "Tea Towel", "Glass"]
    assert list(result["price"]) == [4.5, 3.0, 2.25]


def test_literal_characters_survive():
    result = clean_catalog([("x.1", "a.b  c", 1.0), ("x+1", "d", 2.0)])
    assert list(result["code"]) == ["X+1", "X.1"]
    assert list(result["name"]) == ["D", "A.B C"]
