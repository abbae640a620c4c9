"""Keep the latest quote per ticker; quotes arrive as namedtuples from the market feed."""
from collections import namedtuple
from decimal import Decimal
from typing import Dict, List

from pydantic import BaseModel

FeedQuote = namedtuple("FeedQuote", ["ticker", "bid", "ask", "seq"])


class Quote(BaseModel):
    ticker: str
    bid: Decimal
    ask: Decimal
    seq: int

    class Config:
        orm_mode = True

    @property
    def spread(self) -> Decimal:
        return self.ask - self.bid


class QuoteBoard:
    def __init__(self):
        self.latest: Dict[str, Quote] = {}

    def ingest(self, feed: List[FeedQuote]) -> int:
        """Store newer quotes, ignore stale ones; return how many were stored."""
        stored = 0
        for item in feed:
            quote = Quote.from_orm(item)
            current = self.latest.get(quote.ticker)
            if current is None or quote.seq > current.seq:
                self.latest[quote.ticker] = quote
                stored += 1
        return stored
