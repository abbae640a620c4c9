import pandas as pd
import pytest

from solution import add_entries, balance, empty_ledger


def _opening():
    return pd.DataFrame(
        {
            "date": pd.to_datetime(["2024-01-01", "2024-01-01"]),
            "account": ["cash", "bank"],
            "amount": [100.0, 2500.0],
        }
    )


def test_entries_are_added_after_existing_rows():
    ledger = _opening()
    result = add_entries(
        ledger,
        [
            {"date": "2024-01-03", "account": "cash", "amount": -20},
            {"date": "2024-01-04", "account": "bank", "amount": 310.5},
        ],
    )
    assert list(result.index) == [0, 1, 2, 3]
    assert list(result["account"]) == ["cash", "bank", "cash", "bank"]
    assert list(result["amount"]) == [100.0, 2500.0, -20.0, 310.5]
    assert result["amount"].dtype == "float64"
    assert str(result["date"].dtype) == "datetime64[ns]"
    assert result.loc[3, "date"] == pd.Timestamp("2024-01-04")
    assert len(ledger) == 2
    assert balance(result, "cash") == 80.0


def test_starting_from_empty_ledger():
    result = add_entries(empty_ledger(), [{"date": "2024-02-01", "account": "card", "amount": 12}])
    assert result.shape == (1, 3)
    assert list(result.columns) == ["date", "account", "amount"]
    assert balance(result, "card") == 12.0


def test_no_entries_and_bad_entry():
    ledger = _opening()
    same = add_entries(ledger, [])
    assert same is not ledger
    assert list(same["amount"]) == [100.0, 2500.0]
    with pytest.raises(KeyError):
        add_entries(ledger, [{"date": "2024-01-05", "amount": 1.0}])
