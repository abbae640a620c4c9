"""Attach the prevailing quote to each trade for transaction-cost analysis."""
import pandas as pd


def _by_time(records):
    frame = pd.DataFrame(records)
    frame["time"] = pd.to_datetime(frame["time"])
    if not frame["time"].is_monotonic:
        frame = frame.sort_values("time", kind="mergesort").reset_index(drop=True)
    return frame


def attach_quotes(trades, quotes, tolerance="5s"):
    """Match each trade with the latest quote of the same symbol at most ``tolerance`` older."""
    trades, quotes = _by_time(trades), _by_time(quotes)
    merged = pd.merge_asof(
        trades,
        quotes,
        on="time",
        by="symbol",
        tolerance=pd.Timedelta(tolerance),
        direction="backward",
    )
    merged["mid"] = (merged["bid"] + merged["ask"]) / 2
    merged["slippage_bps"] = ((merged["price"] - merged["mid"]) / merged["mid"] * 10_000).round(1)
    return merged
