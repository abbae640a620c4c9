"""Produce a compact, human readable profile of a DataFrame's columns."""
import pandas as pd


def describe_columns(df, max_examples=2):
    """Map each column name to a one-line summary string."""
    summary = {}
    for name, column in df.iteritems():
        filled = int(column.notna().sum())
        if pd.api.types.is_numeric_dtype(column):
            detail = f"min={column.min():g} max={column.max():g}"
        else:
            examples = column.dropna().astype(str).unique()[:max_examples]
            detail = "e.g. " + ", ".join(examples)
        summary[name] = f"{filled}/{len(column)} filled; {detail}"
    return summary


def widest_column(df):
    summary = describe_columns(df)
    return max(summary, key=lambda name: len(summary[name]))
