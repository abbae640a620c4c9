"""Bookkeeping helpers for a cash ledger kept in a DataFrame."""
import pandas as pd

LEDGER_COLUMNS = ["date", "account", "amount"]


def empty_ledger():
    return pd.DataFrame(
        {
            "date": pd.Series(dtype="datetime64[ns]"),
            "account": pd.Series(dtype="object"),
            "amount": pd.Series(dtype="float64"),
        }
    )


def add_entries(ledger, entries):
    """Return a new ledger with ``entries`` (a list of dicts) added at the end."""
    if not entries:
        return ledger.copy()
    for entry in entries:
        missing = set(LEDGER_COLUMNS) - set(entry)
        if missing:
            raise KeyError(f"entry is missing {sorted(missing)}")
    new_rows = pd.DataFrame(entries, columns=LEDGER_COLUMNS)
    new_rows["date"] = pd.to_datetime(new_rows["date"])
    new_rows["amount"] = new_rows["amount"].astype(float)
    return ledger.append(new_rows, ignore_index=True)


def balance(ledger, account):
    return float(ledger.loc[ledger["account"] == account, "amount"].sum())
