import math

import pandas as pd

from solution import attach_quotes

QUOTES = [
    {"time": "2024-06-03 09:30:02", "symbol": "ABC", "bid": 99.0, "ask": 101.0},
    {"time": "2024-06-03 09:30:00", "symbol": "ABC", "bid": 98.0, "ask": 100.0},
    {"time": "2024-06-03 09:30:01", "symbol": "XYZ", "bid": 49.9, "ask": 50.1},
]


def test_unsorted_inputs_are_matched_backwards():
    trades = [
        {"time": "2024-06-03 09:30:03", "symbol": "ABC", "price": 100.5},
        {"time": "2024-06-03 09:30:01", "symbol": "ABC", "price": 99.5},
        {"time": "2024-06-03 09:30:04", "symbol": "XYZ", "price": 50.0},
    ]
    result = attach_quotes(trades, QUOTES)
    assert list(result["time"]) == list(pd.to_datetime(["2024-06-03 09:30:01", "2024-06-03 09:30:03", "2024-06-03 09:30:04"]))
    assert list(result["symbol"]) == ["ABC", "ABC", "XYZ"]
    assert list(result["mid"]) == [99.0, 100.0, 50.0]
    assert list(result["slippage_bps"]) == [50.5, 50.0, 0.0]


def test_stale_quotes_are_not_used():
    trades = [{"time": "2024-06-03 09:30:20", "symbol": "XYZ", "price": 51.0}]
    result = attach_quotes(trades, QUOTES, tolerance="5s")
    assert math.isnan(result.loc[0, "bid"]) and math.isnan(result.loc[0, "slippage_bps"])
    matched = attach_quotes(trades, QUOTES, tolerance="30s")
    assert matched.loc[0, "slippage_bps"] == 200.0


def test_already_sorted_trades_keep_their_order():
    trades = [
        {"time": "2024-06-03 09:30:02", "symbol": "ABC", "price": 100.0},
        {"time": "2024-06-03 09:30:02", "symbol": "ABC", "price": 100.2},
    ]
    result = attach_quotes(trades, QUOTES)
    assert list(result["price"]) == [100.0, 100.2]
    assert list(result["bid"]) == [99.0, 99.0]
