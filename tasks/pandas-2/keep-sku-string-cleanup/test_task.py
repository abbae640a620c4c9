from solution import normalise_skus


def test_codes_are_cleaned_and_split():
    table = normalise_skus([" ab-12 / x", "CD 7", "ab12x"])
    assert table["sku"].tolist() == ["AB12X", "CD7"]
    assert table["family"].tolist() == ["AB", "CD"]
    assert table["number"].tolist() == [12, 7]


def test_codes_without_a_number_are_dropped():
    table = normalise_skus(["---", "zz", "q9"])
    assert table["sku"].tolist() == ["Q9"]
    assert list(table.index) == [0]
