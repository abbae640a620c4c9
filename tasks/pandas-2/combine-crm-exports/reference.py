"""Combine monthly CRM exports into one customer table (the latest record wins)."""
import pandas as pd

KEY = "customer_id"


def merge_exports(exports):
    """``exports`` is a list of DataFrames, oldest first. Returns one row per customer."""
    if not exports:
        raise ValueError("no exports given")
    combined = exports[0]
    for month, export in enumerate(exports[1:], start=1):
        if KEY not in export.columns:
            raise KeyError(f"export {month} has no {KEY!r} column")
        combined = pd.concat([combined, export], ignore_index=True, sort=False)
    latest = combined.drop_duplicates(subset=KEY, keep="last")
    return latest.sort_values(KEY).reset_index(drop=True)


def churned(exports):
    """Customers present in the first export but missing from the last one."""
    first, last = set(exports[0][KEY]), set(exports[-1][KEY])
    return sorted(first - last)
