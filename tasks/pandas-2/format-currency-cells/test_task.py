import pandas as pd

from solution import format_money


def test_all_columns_formatted():
    table = pd.DataFrame({"q1": [1234.5, -20.0], "q2": [0.0, 1000000.126]}, index=["east", "west"])
    result = format_money(table)
    assert result.loc["east", "q1"] == "$1,234.50"
    assert result.loc["west", "q1"] == "-$20.00"
    assert result.loc["east", "q2"] == "$0.00"
    assert result.loc["west", "q2"] == "$1,000,000.13"
    assert list(result.index) == ["east", "west"]
    assert table.loc["east", "q1"] == 1234.5


def test_selected_columns_and_symbol():
    table = pd.DataFrame({"item": ["tea", "cake"], "price": [3.2, 12.0]})
    result = format_money(table, symbol="EUR ", columns=["price"])
    assert list(result["item"]) == ["tea", "cake"]
    assert list(result["price"]) == ["EUR 3.20", "EUR 12.00"]
