from solution import Order, OrderBook


def test_lines_are_saved_with_the_order():
    book = OrderBook()
    first = book.place("Kiosk 4", [("cola", 24), ("chips", 10)])
    book.place("Cafe Nord", [("coffee", 5)])
    assert book.line_count() == 3
    order = book.session.get(Order, first)
    assert [(l.product, l.quantity) for l in order.lines] == [("cola", 24), ("chips", 10)]


def test_removed_line_is_deleted():
    book = OrderBook()
    oid = book.place("Kiosk 4", [("cola", 24), ("chips", 10), ("gum", 50)])
    book.drop_line(oid, "chips")
    assert book.line_count() == 2
    assert [l.product for l in book.session.get(Order, oid).lines] == ["cola", "gum"]


def test_cancel_removes_all_lines():
    book = OrderBook()
    keep = book.place("A", [("tea", 1)])
    gone = book.place("B", [("tea", 2), ("milk", 1)])
    book.cancel(gone)
    assert book.line_count() == 1
    assert book.session.get(Order, gone) is None
    assert book.session.get(Order, keep).lines[0].quantity == 1
