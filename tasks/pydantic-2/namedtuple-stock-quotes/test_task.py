from decimal import Decimal

from solution import FeedQuote, Quote, QuoteBoard


def test_latest_quote_wins():
    board = QuoteBoard()
    stored = board.ingest(
        [
            FeedQuote("ACME", "10.10", "10.15", 1),
            FeedQuote("INIT", "99.5", "99.75", 1),
            FeedQuote("ACME", "10.20", "10.22", 3),
            FeedQuote("ACME", "10.00", "10.50", 2),
        ]
    )
    assert stored == 3
    acme = board.latest["ACME"]
    assert isinstance(acme, Quote)
    assert (acme.bid, acme.ask, acme.seq) == (Decimal("10.20"), Decimal("10.22"), 3)
    assert acme.spread == Decimal("0.02")
    assert board.latest["INIT"].spread == Decimal("0.25")


def test_second_batch_keeps_state():
    board = QuoteBoard()
    board.ingest([FeedQuote("XY", 1, 2, 5)])
    assert board.ingest([FeedQuote("XY", 3, 4, 5), FeedQuote("XY", 3, 4, 6)]) == 1
    assert board.latest["XY"].bid == Decimal("3")
