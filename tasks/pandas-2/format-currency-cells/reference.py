"""Turn numeric tables into display-ready strings for an HTML dashboard."""
import pandas as pd


def _money(value, symbol):
    sign = "-" if value < 0 else ""
    return f"{sign}{symbol}{abs(value):,.2f}"


def format_money(table, symbol="$", columns=None):
    """Return a copy of ``table`` with the chosen (default: all) columns formatted as money."""
    columns = list(table.columns) if columns is None else list(columns)
    result = table.copy()
    result[columns] = table[columns].map(lambda v: _money(v, symbol))
    return result
