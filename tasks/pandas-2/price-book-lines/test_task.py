from solution import PriceBook


def test_lines_are_sorted_and_aligned():
    book = PriceBook({"B200": 4.5, "A100": 12.0, "C300": 1234.567})
    assert book.lines() == [
        "A100      12.00 EUR",
        "B200       4.50 EUR",
        "C300    1234.57 EUR",
    ]
    assert book.lines("USD")[1] == "B200       4.50 USD"


def test_discount_and_filter():
    book = PriceBook({"pen": 2.0, "pad": 5.0, "ink": 9.99}).with_discount(10)
    assert book.lines()[0] == "ink        8.99 EUR"
    assert book.below(5.0) == ["pad", "pen"]
    assert PriceBook({}).lines() == []
